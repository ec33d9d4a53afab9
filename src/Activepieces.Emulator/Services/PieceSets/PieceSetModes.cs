namespace Activepieces.Emulator.Services.PieceSets;

/// <summary>The <c>pieces.mode</c> values of a piece set (<c>ee/pieces/piece-set/</c>).</summary>
internal static class PieceSetModes
{
    /// <summary>Every piece, except the exceptions.</summary>
    public const string IncludeAll = "include_all";

    /// <summary>No piece, except the exceptions.</summary>
    public const string ExcludeAll = "exclude_all";

    /// <summary>Both values, in the schema's order.</summary>
    public static readonly IReadOnlyList<string> All = [IncludeAll, ExcludeAll];
}
