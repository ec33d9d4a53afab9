namespace Activepieces.Internal;

/// <summary>The wire values of <c>AppConnectionStatus</c> and <c>AppConnectionScope</c> the fleet operations compare.</summary>
internal static class ConnectionStatuses
{
    public const string Active = "ACTIVE";
    public const string Missing = "MISSING";
    public const string Error = "ERROR";
    public const string PlatformScope = "PLATFORM";
    public const string ProjectScope = "PROJECT";

    /// <summary>Whether a piece can use the row: <c>ERROR</c> makes the engine throw, <c>MISSING</c> is a placeholder without credentials.</summary>
    public static bool IsNotActive(string status) => status is Error or Missing;
}
