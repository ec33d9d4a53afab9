namespace Activepieces.Connections.Analyzers.Tests.Infrastructure;

/// <summary>
/// The piece metadata files copied into the test output: <c>Pieces/*.piece.json</c> are real (from the Activepieces
/// API, names and versions unchanged); <c>Pieces/Synthetic/*.piece.json</c> are made up to cover every prop type.
/// </summary>
internal static class PieceFiles
{
    /// <summary>The text of <c>Pieces/{name}.piece.json</c>, e.g. <c>mysql</c> or <c>Synthetic/kitchen-sink</c>.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pieces", name + ".piece.json"));

    /// <summary>The additional file <c>{name}.piece.json</c> as the test framework takes it.</summary>
    public static (string Path, string Content) AdditionalFile(string name) => (Path.GetFileName(name) + ".piece.json", Read(name));
}
