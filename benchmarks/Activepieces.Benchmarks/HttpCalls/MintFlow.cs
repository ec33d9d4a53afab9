namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>How a SaaS backend makes sure an org's Gelato connection exists before it mints the org's embed token.</summary>
public enum MintFlow
{
    /// <summary>The documented flow, ported naively with <see cref="HttpClient"/>: GET the project, then POST the connection, every mint.</summary>
    Documented,

    /// <summary><c>CreateGelatoStoreConnectionAsync</c> every mint (project ids cached by the client).</summary>
    Create,

    /// <summary><c>EnsureGelatoStoreConnectionAsync</c> every mint (unchanged values answered from the client's cache).</summary>
    Ensure,
}
