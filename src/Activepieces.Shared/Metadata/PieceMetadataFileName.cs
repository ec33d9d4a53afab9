namespace Activepieces.Metadata;

/// <summary>How piece metadata files are named: <c>{short name}.piece.json</c>.</summary>
internal static class PieceMetadataFileName
{
    /// <summary>The suffix that marks a file as piece metadata.</summary>
    public const string Suffix = ".piece.json";

    /// <summary>Whether <paramref name="path"/> names a piece metadata file (the suffix in any case).</summary>
    /// <param name="path">A file path.</param>
    /// <returns>True for <c>*.piece.json</c>.</returns>
    public static bool Matches(string? path) => path is not null && path.EndsWith(Suffix, System.StringComparison.OrdinalIgnoreCase);
}
