namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>The <c>AppConnectionStatus</c> values of <c>@activepieces/shared</c>.</summary>
internal static class AppConnectionStatuses
{
    /// <summary>A usable connection (every upsert of a value writes it).</summary>
    public const string Active = "ACTIVE";

    /// <summary>A placeholder that holds no credentials yet.</summary>
    public const string Missing = "MISSING";

    /// <summary>A connection whose OAuth refresh (or revalidation) failed.</summary>
    public const string Error = "ERROR";

    /// <summary>Every status, in the order of the server's enum.</summary>
    public static readonly IReadOnlyList<string> All = [Active, Missing, Error];
}
