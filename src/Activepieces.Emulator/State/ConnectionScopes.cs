namespace Activepieces.Emulator.State;

/// <summary>The <c>AppConnectionScope</c> values.</summary>
internal static class ConnectionScopes
{
    /// <summary>A global (predefined) connection.</summary>
    public const string Platform = "PLATFORM";

    /// <summary>A project's own connection.</summary>
    public const string Project = "PROJECT";
}
