using Activepieces.Cli.CommandLine;
using Spectre.Console;

namespace Activepieces.Cli.Output;

/// <summary>
/// A table of a report: headers and rows of plain cells (never markup). On a terminal it is drawn by Spectre with a
/// rounded border; otherwise as plain text (<see cref="PlainTableBorder"/>): the header, a line of dashes per column,
/// one line per row, columns two spaces apart, no trailing spaces.
/// </summary>
internal sealed class ReportTable
{
    /// <summary>The spaces between two columns in plain text.</summary>
    private const int PlainGap = 2;

    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public ReportTable(params string[] headers)
    {
        _headers = headers;
    }

    /// <summary>The rows added so far.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a row with one cell per header.</summary>
    public void AddRow(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row of this table has {_headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table and a blank line to <see cref="CliEnvironment.Out"/>; nothing when it has no rows.</summary>
    public void Write(CliEnvironment environment)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        if (environment.OutIsTerminal)
        {
            var console = SpectreConsoles.Terminal(environment.Out);
            console.Write(Build(TableBorder.Rounded, plain: false));
            console.WriteLine();
            return;
        }

        using var text = new StringWriter();
        SpectreConsoles.PlainText(text).Write(Build(PlainTableBorder.Instance, plain: true));
        foreach (var line in text.ToString().Split('\n'))
        {
            if (line.TrimEnd() is { Length: > 0 } trimmed)
            {
                environment.Out.WriteLine(trimmed);
            }
        }

        environment.Out.WriteLine();
    }

    private Table Build(TableBorder border, bool plain)
    {
        var table = new Table().Border(border);
        for (var i = 0; i < _headers.Length; i++)
        {
            var header = new Text(_headers[i], plain ? Style.Plain : new Style(decoration: Decoration.Bold));
            var column = new TableColumn(header);
            table.AddColumn(plain ? column.Padding(0, 0, i == _headers.Length - 1 ? 0 : PlainGap, 0) : column);
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => new Text(cell)));
        }

        return table;
    }
}
