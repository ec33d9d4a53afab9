using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Cli.Tests.CommandLine;

/// <summary>An argument that starts with '-' is never a value: every command reports it as an unknown option, with the close one.</summary>
public sealed class UnknownOptionTests
{
    [Fact]
    public async Task A_mistyped_option_after_a_piece_name_pulls_nothing_and_names_the_close_option()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece("@activepieces/piece-mysql"), TestContext.Current.CancellationToken);
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--ouput", "x", "--instance", emulator.BaseUrl.ToString());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(["error: unknown option '--ouput'; did you mean '--output'?", "Run 'dotnet activepieces pieces pull --help' for usage."], run.ErrorLines);
        Assert.Empty(run.Out);
        Assert.Equal(0, emulator.RequestCount);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Theory]
    [InlineData(new[] { "pieces", "check", "--jsn" }, "error: unknown option '--jsn'; did you mean '--json'?", "pieces check")]
    [InlineData(new[] { "pieces", "scaffold", "pieces/mysql.piece.json", "--namepsace", "Acme" }, "error: unknown option '--namepsace'; did you mean '--namespace'?", "pieces scaffold")]
    [InlineData(new[] { "connections", "audit", "--piece", "gelato", "--repiar" }, "error: unknown option '--repiar'; did you mean '--repair'?", "connections audit")]
    [InlineData(new[] { "connections", "doctor", "org_1", "--piece", "gelato", "--api-kye=sk-SECRET" }, "error: unknown option '--api-kye'; did you mean '--api-key'?", "connections doctor")]
    [InlineData(new[] { "pieces", "pull", "mysql", "--instanc", "http://127.0.0.1:9" }, "error: unknown option '--instanc'; did you mean '--instance'?", "pieces pull")]
    [InlineData(new[] { "emulator", "--piece", "pieces" }, "error: unknown option '--piece'; did you mean '--pieces'?", "emulator")]
    [InlineData(new[] { "pieces", "pull", "mysql", "--frobnicate" }, "error: unknown option '--frobnicate'.", "pieces pull")]
    public async Task Every_command_reports_unknown_options_before_running(string[] args, string expected, string command)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal([expected, $"Run 'dotnet activepieces {command} --help' for usage."], run.ErrorLines);
        Assert.DoesNotContain("SECRET", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_double_dash_an_argument_starting_with_a_dash_is_a_value()
    {
        using var dir = new TempDirectory();

        // The value reaches the piece-name rule (and fails it), instead of being reported as an option.
        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "--instance", "http://127.0.0.1:9", "--", "--weird");

        Assert.DoesNotContain("unknown option", run.Error, StringComparison.Ordinal);
        Assert.Contains("'--weird' is not a piece name", run.Error, StringComparison.Ordinal);
    }
}
