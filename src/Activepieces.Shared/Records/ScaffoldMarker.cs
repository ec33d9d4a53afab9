namespace Activepieces.Records;

/// <summary>
/// The first comment of a file that <c>dotnet activepieces pieces scaffold</c> wrote. The scaffolder starts its header
/// with it; the metadata analyzer reads it to know that the record came from a <c>*.piece.json</c> that the project
/// should still have (APC022).
/// </summary>
internal static class ScaffoldMarker
{
    /// <summary>The start of the header comment, followed by the source it was scaffolded from.</summary>
    public const string Comment = "// Scaffolded by `dotnet activepieces pieces scaffold`";

    /// <summary>Whether <paramref name="commentText"/> (one single-line comment, as written) is the scaffolder's header.</summary>
    /// <param name="commentText">The text of a comment, including its <c>//</c>.</param>
    /// <returns>True when it starts with <see cref="Comment"/>.</returns>
    public static bool IsMarker(string commentText) => commentText.StartsWith(Comment, System.StringComparison.Ordinal);
}
