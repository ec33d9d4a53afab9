using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Activepieces.Connections.Generators.Diagnostics;

/// <summary>
/// A source location as values (file path, span and line span), so a parse result that carries it stays
/// value-equatable and holds no syntax tree. <see cref="ToLocation"/> turns it back into a real source location.
/// </summary>
/// <param name="FilePath">The path of the syntax tree.</param>
/// <param name="TextSpan">The span in the tree's text.</param>
/// <param name="LineSpan">The same span as lines and columns.</param>
internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    /// <summary>The values of <paramref name="location"/>, or null when it is not in source.</summary>
    /// <param name="location">A location.</param>
    /// <returns>The location info, or null.</returns>
    public static LocationInfo? From(Location? location) =>
        location is { IsInSource: true, SourceTree: { } tree }
            ? new LocationInfo(tree.FilePath, location.SourceSpan, location.GetLineSpan().Span)
            : null;

    /// <summary>
    /// The source location in the tree among <paramref name="trees"/> with this path (so that <c>#pragma</c>, suppressions
    /// and code fixes work), else a location in an external file.
    /// </summary>
    /// <param name="trees">The trees the location may be in: the declarations of the analysed type.</param>
    /// <returns>The location.</returns>
    public Location ToLocation(IEnumerable<SyntaxTree> trees)
    {
        foreach (var tree in trees)
        {
            if (tree.FilePath == FilePath && tree.Length >= TextSpan.End)
            {
                return Location.Create(tree, TextSpan);
            }
        }

        return Location.Create(FilePath, TextSpan, LineSpan);
    }
}
