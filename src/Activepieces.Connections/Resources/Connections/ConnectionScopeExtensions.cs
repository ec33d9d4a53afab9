namespace Activepieces;

/// <summary>Converts <see cref="ConnectionScope"/> to its Activepieces wire name.</summary>
public static class ConnectionScopeExtensions
{
    /// <summary>The wire name of a scope: <c>PLATFORM</c> or <c>PROJECT</c>.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The string the REST API uses in <c>scope</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> is not a defined value.</exception>
    public static string ToWireName(this ConnectionScope scope) => scope switch
    {
        ConnectionScope.Platform => "PLATFORM",
        ConnectionScope.Project => "PROJECT",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown connection scope."),
    };
}
