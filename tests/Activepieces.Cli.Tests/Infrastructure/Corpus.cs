using Activepieces.Cli.Pieces;
using Activepieces.Metadata;

namespace Activepieces.Cli.Tests.Infrastructure;

/// <summary>
/// The piece metadata corpus: <c>Corpus/npm</c> (every <c>@activepieces/piece-*</c> npm package that installs here and
/// declares an auth, dumped with <c>Corpus/dump-metadata.mjs</c>), <c>Corpus/reference</c> (the reference pieces, as
/// served by the real API) and <c>Corpus/synthetic</c> (hand-written edge cases).
/// </summary>
internal static class Corpus
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Every corpus file, relative to <see cref="Directory"/> with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. System.IO.Directory.GetFiles(Directory, "*" + PieceFile.Suffix, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static PieceDefinition Read(string file) => PieceFile.Read(PathOf(file));

    /// <summary>
    /// Every (file, --auth) pair a record can be scaffolded for: each auth entry, and for OAUTH2 entries each of the three
    /// connection flavours.
    /// </summary>
    public static IEnumerable<(string File, string Auth)> Auths() =>
        from file in Files
        from auth in Read(file).Auths
        from choice in auth.Type == PieceMetadataTypes.OAuth2 ? ["OAUTH2", "CLOUD_OAUTH2", "PLATFORM_OAUTH2"] : new[] { auth.Type }
        select (file, choice);
}
