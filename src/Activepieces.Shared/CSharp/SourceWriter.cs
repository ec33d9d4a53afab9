using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.CSharp;

/// <summary>
/// Writes C# source text with <c>\n</c> line endings, independent of the OS, indenting every line by
/// <see cref="Indentation"/> levels of four spaces. A multi-line text (a raw-string template) is written line by line,
/// each at the current indentation plus its own; empty lines carry no indentation.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new(4096);

    /// <summary>The current indentation level.</summary>
    public int Indentation { get; set; }

    /// <summary>Writes <paramref name="text"/>, one or more lines, each indented, followed by a line ending.</summary>
    /// <param name="text">The text; <c>\r\n</c> and <c>\n</c> both end a line.</param>
    public void WriteLine(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var lineEnd = end < 0 ? text.Length : end;
            if (lineEnd > start && text[lineEnd - 1] == '\r')
            {
                lineEnd--;
            }

            WriteSingleLine(text, start, lineEnd - start);
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        Indentation++;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    /// <param name="suffix">Text after the brace, e.g. <c>;</c> or <c>)</c>.</param>
    public void CloseBlock(string suffix = "")
    {
        Indentation--;
        WriteLine("}" + suffix);
    }

    /// <summary>A C# string literal for <paramref name="value"/>, quoted and escaped.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The literal, e.g. <c>"a\"b"</c>.</returns>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();

    private void WriteSingleLine(string text, int start, int length)
    {
        if (length > 0)
        {
            for (var i = 0; i < Indentation; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text, start, length);
        }

        _builder.Append('\n');
    }
}
