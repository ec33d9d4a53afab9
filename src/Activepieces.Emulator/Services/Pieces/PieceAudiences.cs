namespace Activepieces.Emulator.Services.Pieces;

/// <summary>The values of the <c>audience</c> query of <c>GET /v1/pieces/:name</c> and of an action's <c>audience</c>.</summary>
internal static class PieceAudiences
{
    /// <summary>People building flows: the default.</summary>
    public const string Human = "human";

    /// <summary>AI agents.</summary>
    public const string Ai = "ai";

    /// <summary>Both (query only).</summary>
    public const string All = "all";

    /// <summary>The query's values, in the schema's order.</summary>
    public static readonly IReadOnlyList<string> QueryValues = [Human, Ai, All];
}
