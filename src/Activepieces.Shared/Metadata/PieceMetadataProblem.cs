namespace Activepieces.Metadata;

/// <summary>Why a text is not valid piece metadata, and where (a character offset into the text).</summary>
/// <param name="Message">What is wrong, e.g. <c>'auth.props.port.type' must be a string, but is a number</c>.</param>
/// <param name="Position">The character offset in the text where the problem is.</param>
internal sealed record PieceMetadataProblem(string Message, int Position)
{
    /// <summary>The 1-based line and column of <see cref="Position"/> in <paramref name="text"/> (lines end at <c>\n</c>).</summary>
    /// <param name="text">The text the problem was found in.</param>
    /// <returns>The line and column.</returns>
    public (int Line, int Column) LineAndColumn(string text)
    {
        var end = Position < 0 ? 0 : Position > text.Length ? text.Length : Position;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, end - lineStart + 1);
    }
}
