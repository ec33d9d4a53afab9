using System.Globalization;
using System.Text;

namespace Activepieces.Cli.Scaffolding;

/// <summary>Text that goes into C# source: string literals and XML documentation lines.</summary>
internal static class CSharpText
{
    /// <summary>A regular C# string literal, quotes included.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Metadata text as XML documentation lines: XML-escaped, one entry per line, blank runs collapsed, trimmed. Every
    /// character the compiler treats as a line break (<c>\r</c>, U+0085, U+2028, U+2029) splits lines, so no text can
    /// escape the <c>///</c> comment; other control characters are dropped.
    /// </summary>
    public static IReadOnlyList<string> DocLines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
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

        var lines = new List<string>();
        foreach (var raw in normalized.ToString().Split('\n'))
        {
            var line = EscapeXml(raw.Trim());
            if (line.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0))
            {
                continue;
            }

            lines.Add(line);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> for XML documentation text.</summary>
    public static string EscapeXml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
