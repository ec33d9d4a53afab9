namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>The <c>AppConnectionScope</c> values of <c>@activepieces/shared</c>.</summary>
internal static class AppConnectionScopes
{
    /// <summary>A global (predefined) connection.</summary>
    public const string Platform = "PLATFORM";

    /// <summary>A project's own connection.</summary>
    public const string Project = "PROJECT";
}
