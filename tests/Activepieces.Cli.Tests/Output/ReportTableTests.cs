using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Output;

namespace Activepieces.Cli.Tests.Output;

/// <summary>The one table of every report: plain text when stdout is redirected, a Spectre table on a terminal.</summary>
public sealed class ReportTableTests
{
    [Fact]
    public void Plain_text_is_the_header_a_dash_line_per_column_and_the_rows_two_spaces_apart_without_trailing_spaces()
    {
        var table = Table();

        var text = Render(table, terminal: false);

        Assert.Equal(
            """
            Kind      External id   Detail
            --------  ------------  ---------------------------------------------------------------------------------------------------------
            Orphaned  gelato_org_a  [bold]not markup[/] and a cell wider than any terminal, never wrapped: 0123456789 0123456789 0123456789 ü
            -         x             -


            """,
            text);
    }

    [Fact]
    public void On_a_terminal_it_is_drawn_with_a_border_and_the_same_cells()
    {
        var text = Render(Table(), terminal: true);

        Assert.Contains("╭", text, StringComparison.Ordinal);
        Assert.Contains("Kind", text, StringComparison.Ordinal);
        Assert.Contains("gelato_org_a", text, StringComparison.Ordinal);
        Assert.Contains("[bold]not", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_rows_writes_nothing_and_a_row_must_fill_every_column()
    {
        var table = new ReportTable("A", "B");

        Assert.Equal(string.Empty, Render(table, terminal: false));
        Assert.Throws<ArgumentException>(() => table.AddRow("only one"));
    }

    private static ReportTable Table()
    {
        var table = new ReportTable("Kind", "External id", "Detail");
        table.AddRow("Orphaned", "gelato_org_a", "[bold]not markup[/] and a cell wider than any terminal, never wrapped: 0123456789 0123456789 0123456789 ü");
        table.AddRow("-", "x", "-");
        return table;
    }

    private static string Render(ReportTable table, bool terminal)
    {
        using var output = new StringWriter();
        table.Write(new CliEnvironment(output, TextWriter.Null, _ => null, Path.GetTempPath()) { OutIsTerminal = terminal });
        return output.ToString().ReplaceLineEndings("\n");
    }
}
