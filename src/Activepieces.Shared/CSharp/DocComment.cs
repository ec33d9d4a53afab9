using System.Collections.Generic;
using System.Text;

namespace Activepieces.CSharp;

/// <summary>Text that goes into XML documentation comments (<c>///</c>).</summary>
internal static class DocComment
{
    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> for XML documentation text.</summary>
    /// <param name="text">Plain text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>
    /// Plain text as documentation lines: XML-escaped, one entry per line, blank runs collapsed, trimmed. Every character
    /// the compiler treats as a line break (<c>\r</c>, U+0085, U+2028, U+2029) splits lines, so no text can escape the
    /// <c>///</c> comment; other control characters are dropped.
    /// </summary>
    /// <param name="text">Plain text, possibly null.</param>
    /// <returns>The lines (empty for null or blank text).</returns>
    public static IReadOnlyList<string> Lines(string? text) => Lines(text, Escape);

    /// <summary>
    /// Text as documentation lines, split and cleaned as <see cref="Lines(string?)"/> does, each trimmed line turned into
    /// documentation text by <paramref name="render"/> (which escapes it).
    /// </summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="render">Turns one trimmed line into XML documentation text.</param>
    /// <returns>The lines (empty for null or blank text).</returns>
    public static IReadOnlyList<string> Lines(string? text, System.Func<string, string> render)
    {
        var lines = new List<string>();
        if (text is null || string.IsNullOrWhiteSpace(text))
        {
            return lines;
        }

        var normalized = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                normalized.Append('\n');
            }
            else if (c == '\t')
            {
                normalized.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                normalized.Append(c);
            }
        }

        foreach (var raw in normalized.ToString().Split('\n'))
        {
            var line = render(raw.Trim()).Trim();
            if (line.Length == 0 && (lines.Count == 0 || lines[lines.Count - 1].Length == 0))
            {
                continue;
            }

            lines.Add(line);
        }

        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Writes <c>/// &lt;tag&gt;</c>, each of <paramref name="lines"/> (already escaped) and <c>/// &lt;/tag&gt;</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="tag">The element, e.g. <c>remarks</c>.</param>
    /// <param name="lines">The lines.</param>
    public static void WriteBlock(SourceWriter writer, string tag, IReadOnlyList<string> lines)
    {
        writer.WriteLine("/// <" + tag + ">");
        foreach (var line in lines)
        {
            writer.WriteLine(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.WriteLine("/// </" + tag + ">");
    }
}
