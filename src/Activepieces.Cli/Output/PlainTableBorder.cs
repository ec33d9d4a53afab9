using Spectre.Console;
using Spectre.Console.Rendering;

namespace Activepieces.Cli.Output;

/// <summary>
/// The border of a table in plain text: no frame, the header underlined with one run of dashes per column, columns
/// apart by their padding. It reads in a CI log and splits on runs of spaces.
/// </summary>
internal sealed class PlainTableBorder : TableBorder
{
    public static readonly PlainTableBorder Instance = new();

    private PlainTableBorder()
    {
    }

    public override string GetPart(TableBorderPart part) => string.Empty;

    public override string GetColumnRow(TablePart part, IReadOnlyList<int> widths, IReadOnlyList<IColumn> columns) =>
        part == TablePart.HeaderSeparator
            ? string.Concat(widths.Select((width, i) => new string('-', width) + new string(' ', columns[i].Padding?.Right ?? 0)))
            : base.GetColumnRow(part, widths, columns);
}
