using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>Writes C# source text with indentation (four spaces) and <c>\n</c> line endings, independent of the OS.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new(4096);
    private int _indent;

    /// <summary>Writes one line at the current indentation (an empty line has no indentation).</summary>
    /// <param name="line">The line, without a line ending.</param>
    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            for (int i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        _indent++;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    /// <param name="suffix">Text after the brace, e.g. <c>;</c> or <c>)</c>.</param>
    public void CloseBlock(string suffix = "")
    {
        _indent--;
        WriteLine("}" + suffix);
    }

    /// <summary>Increases the indentation.</summary>
    public void Indent() => _indent++;

    /// <summary>Decreases the indentation.</summary>
    public void Unindent() => _indent--;

    /// <summary>A C# string literal for <paramref name="value"/>, quoted and escaped.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The literal, e.g. <c>"a\"b"</c>.</returns>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Escapes <paramref name="text"/> for an XML documentation comment.</summary>
    /// <param name="text">Plain text.</param>
    /// <returns>The text with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</returns>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();
}
