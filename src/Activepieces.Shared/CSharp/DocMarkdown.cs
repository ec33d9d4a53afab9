using System.Collections.Generic;
using System.Text;

namespace Activepieces.CSharp;

/// <summary>
/// Piece labels and descriptions are Markdown (<c>**Shop Name**</c>, <c>[security tab](https://…)</c>,
/// <c>`code`</c>); XML documentation is not. Turns the inline Markdown into documentation text: emphasis becomes plain
/// text, code spans <c>&lt;c&gt;</c>, links and bare URLs <c>&lt;see href="…"&gt;text&lt;/see&gt;</c>, heading, quote and
/// bullet markers plain text; everything else is XML-escaped. The output is always well-formed: every element it writes
/// is closed on the same line, and no input character reaches it unescaped.
/// </summary>
/// <remarks>
/// A subset of CommonMark that covers what piece metadata holds, not a Markdown parser: a delimiter without its
/// closing partner on the same line stays as written, and <c>_</c> only delimits at a word boundary, so prop keys such
/// as <c>client_id</c> keep their underscores.
/// </remarks>
internal static class DocMarkdown
{
    /// <summary>The documentation text of one line of Markdown (a label, a display name).</summary>
    /// <param name="markdown">The Markdown; line breaks are read as spaces.</param>
    /// <returns>XML documentation text.</returns>
    public static string Inline(string markdown)
    {
        var builder = new StringBuilder(markdown.Length + 16);
        foreach (var line in DocComment.Lines(markdown, Line))
        {
            if (line.Length > 0)
            {
                builder.Append(builder.Length == 0 ? string.Empty : " ").Append(line);
            }
        }

        return builder.ToString();
    }

    /// <summary>The documentation lines of a Markdown description, as <see cref="DocComment.Lines(string?)"/> splits them.</summary>
    /// <param name="markdown">The Markdown, possibly null.</param>
    /// <returns>The lines (empty for null or blank text).</returns>
    public static IReadOnlyList<string> Lines(string? markdown) => DocComment.Lines(markdown, Line);

    /// <summary>Converts one trimmed line.</summary>
    private static string Line(string line)
    {
        var builder = new StringBuilder(line.Length + 16);
        AppendInline(builder, StripBlockMarker(line));
        return builder.ToString();
    }

    /// <summary>Drops a leading heading (<c>## </c>) or quote (<c>&gt; </c>) marker; a <c>*</c> or <c>+</c> bullet becomes <c>- </c>.</summary>
    private static string StripBlockMarker(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == '#' && i < 6)
        {
            i++;
        }

        if (i > 0 && i < line.Length && line[i] == ' ')
        {
            return line.Substring(i + 1).TrimStart();
        }

        if (line.Length > 0 && line[0] == '>')
        {
            return line.Substring(1).TrimStart();
        }

        if (line.Length > 1 && line[0] is '*' or '+' && line[1] == ' ')
        {
            return "- " + line.Substring(2).TrimStart();
        }

        return line;
    }

    private static void AppendInline(StringBuilder builder, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!TryMarkup(builder, text, ref i))
            {
                AppendEscaped(builder, text[i]);
                i++;
            }
        }
    }

    /// <summary>Converts the Markdown construct that starts at <paramref name="i"/>, if one does, and moves past it.</summary>
    private static bool TryMarkup(StringBuilder builder, string text, ref int i)
    {
        switch (text[i])
        {
            case '\\' when i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]):
                AppendEscaped(builder, text[i + 1]);
                i += 2;
                return true;
            case '`':
                return TryCodeSpan(builder, text, ref i);
            case '[':
                return TryLink(builder, text, ref i);
            case '<':
                return TryAutolink(builder, text, ref i);
            case 'h' when i == 0 || !char.IsLetterOrDigit(text[i - 1]):
                return TryBareUrl(builder, text, ref i);
            case '*' or '_':
                return TryEmphasis(builder, text, ref i);
            default:
                return false;
        }
    }

    /// <summary><c>`code`</c> (any run of backticks, closed by a run of the same length) → <c>&lt;c&gt;code&lt;/c&gt;</c>.</summary>
    private static bool TryCodeSpan(StringBuilder builder, string text, ref int i)
    {
        var run = 0;
        while (i + run < text.Length && text[i + run] == '`')
        {
            run++;
        }

        var fence = new string('`', run);
        var search = i + run;
        while (search < text.Length)
        {
            var close = text.IndexOf(fence, search, System.StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            var end = close + run;
            if (end < text.Length && text[end] == '`')
            {
                // A longer run does not close this one.
                while (end < text.Length && text[end] == '`')
                {
                    end++;
                }

                search = end;
                continue;
            }

            var content = text.Substring(i + run, close - i - run);
            if (content.Length > 2 && content[0] == ' ' && content[content.Length - 1] == ' ')
            {
                content = content.Substring(1, content.Length - 2);
            }

            if (content.Trim().Length == 0)
            {
                return false;
            }

            builder.Append("<c>").Append(DocComment.Escape(content)).Append("</c>");
            i = end;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>[text](url)</c> or <c>[text](url "title")</c> → <c>&lt;see href="url"&gt;text&lt;/see&gt;</c> for an http(s) or
    /// mailto URL; any other target leaves only the text.
    /// </summary>
    private static bool TryLink(StringBuilder builder, string text, ref int i)
    {
        var depth = 0;
        var closeBracket = -1;
        for (var j = i + 1; j < text.Length; j++)
        {
            if (text[j] == '\\')
            {
                j++;
            }
            else if (text[j] == '[')
            {
                depth++;
            }
            else if (text[j] == ']')
            {
                if (depth == 0)
                {
                    closeBracket = j;
                    break;
                }

                depth--;
            }
        }

        if (closeBracket < 0 || closeBracket + 1 >= text.Length || text[closeBracket + 1] != '(')
        {
            return false;
        }

        var closeParen = text.IndexOf(')', closeBracket + 2);
        if (closeParen < 0)
        {
            return false;
        }

        var target = text.Substring(closeBracket + 2, closeParen - closeBracket - 2).Trim();
        var space = target.IndexOf(' ');
        var url = space < 0 ? target : target.Substring(0, space);
        if (url.Length > 1 && url[0] == '<' && url[url.Length - 1] == '>')
        {
            url = url.Substring(1, url.Length - 2);
        }

        var label = text.Substring(i + 1, closeBracket - i - 1);
        if (IsWebUrl(url))
        {
            builder.Append("<see href=\"").Append(EscapeAttribute(url)).Append("\">");
            AppendInline(builder, label.Length == 0 ? url : label);
            builder.Append("</see>");
        }
        else
        {
            AppendInline(builder, label);
        }

        i = closeParen + 1;
        return true;
    }

    /// <summary><c>&lt;https://…&gt;</c> → <c>&lt;see href="…"&gt;…&lt;/see&gt;</c>.</summary>
    private static bool TryAutolink(StringBuilder builder, string text, ref int i)
    {
        var close = text.IndexOf('>', i + 1);
        if (close < 0)
        {
            return false;
        }

        var url = text.Substring(i + 1, close - i - 1);
        if (!IsWebUrl(url) || url.IndexOf(' ') >= 0 || url.IndexOf('<') >= 0)
        {
            return false;
        }

        AppendLink(builder, url);
        i = close + 1;
        return true;
    }

    /// <summary>A bare <c>https://…</c> or <c>http://…</c> up to white space, without trailing punctuation.</summary>
    private static bool TryBareUrl(StringBuilder builder, string text, ref int i)
    {
        if (!StartsWithAt(text, i, "https://") && !StartsWithAt(text, i, "http://"))
        {
            return false;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"' or '`'))
        {
            end++;
        }

        while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or '_'
               || (end > i && text[end - 1] == ')' && text.IndexOf('(', i, end - i) < 0))
        {
            end--;
        }

        var url = text.Substring(i, end - i);
        if (url.IndexOf("://", System.StringComparison.Ordinal) + 3 >= url.Length)
        {
            return false;
        }

        AppendLink(builder, url);
        i = end;
        return true;
    }

    /// <summary>
    /// <c>**strong**</c>, <c>__strong__</c>, <c>*em*</c>, <c>_em_</c> → the text alone, when the closing delimiter is on
    /// the same line. An opening delimiter is followed by a non-space, a closing one preceded by one; <c>_</c> also needs a
    /// word boundary outside.
    /// </summary>
    private static bool TryEmphasis(StringBuilder builder, string text, ref int i)
    {
        var marker = text[i];
        var run = i + 1 < text.Length && text[i + 1] == marker ? 2 : 1;
        var start = i + run;
        if (start >= text.Length || char.IsWhiteSpace(text[start]) || text[start] == marker)
        {
            return false;
        }

        if (marker == '_' && i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        var delimiter = new string(marker, run);
        for (var close = text.IndexOf(delimiter, start, System.StringComparison.Ordinal);
             close >= 0;
             close = text.IndexOf(delimiter, close + 1, System.StringComparison.Ordinal))
        {
            var after = close + run;
            if (char.IsWhiteSpace(text[close - 1])
                || (after < text.Length && text[after] == marker)
                || (marker == '_' && after < text.Length && char.IsLetterOrDigit(text[after])))
            {
                continue;
            }

            AppendInline(builder, text.Substring(start, close - start));
            i = after;
            return true;
        }

        return false;
    }

    private static void AppendLink(StringBuilder builder, string url) =>
        builder.Append("<see href=\"").Append(EscapeAttribute(url)).Append("\">").Append(DocComment.Escape(url)).Append("</see>");

    private static bool IsWebUrl(string url) =>
        (url.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase)
         || url.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase)
         || url.StartsWith("mailto:", System.StringComparison.OrdinalIgnoreCase))
        && url.IndexOf(' ') < 0;

    private static bool StartsWithAt(string text, int index, string value) =>
        string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    private static string EscapeAttribute(string value) => DocComment.Escape(value).Replace("\"", "&quot;");

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '&':
                builder.Append("&amp;");
                break;
            case '<':
                builder.Append("&lt;");
                break;
            case '>':
                builder.Append("&gt;");
                break;
            default:
                builder.Append(c);
                break;
        }
    }
}
