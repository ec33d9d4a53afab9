namespace Activepieces.Connections.Analyzers.Tests.Infrastructure;

/// <summary>The real piece metadata files copied into the test output (<c>Pieces/*.piece.json</c>).</summary>
internal static class PieceFiles
{
    /// <summary>The text of <c>Pieces/{name}.piece.json</c>, e.g. <c>mysql</c>.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pieces", name + ".piece.json"));

    /// <summary>The additional file <c>{name}.piece.json</c> as the test framework takes it.</summary>
    public static (string Path, string Content) AdditionalFile(string name) => (name + ".piece.json", Read(name));
}
