using Activepieces.Cli.Tests.Infrastructure;

namespace Activepieces.Cli.Tests.CommandLine;

/// <summary>What <c>--help</c> says: the command as users type it, and each group's own word on the API key.</summary>
public sealed class HelpTextTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "  dotnet activepieces [command] [options]")]
    [InlineData(new[] { "pieces", "pull", "--help" }, "  dotnet activepieces pieces pull [<piece>...] [options]")]
    [InlineData(new[] { "connections", "audit", "--help" }, "  dotnet activepieces connections audit [options]")]
    [InlineData(new[] { "emulator", "--help" }, "  dotnet activepieces emulator [options]")]
    public async Task Usage_names_the_command_as_users_type_it(string[] args, string usage)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, args);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(usage, lines[Array.IndexOf(lines, "Usage:") + 1]);
        Assert.Contains("Examples:", lines);
    }

    [Fact]
    public async Task The_connections_commands_say_the_key_is_required_and_the_pieces_commands_that_it_is_optional()
    {
        using var dir = new TempDirectory();

        var audit = await CliRun.RunAsync(dir.Path, "connections", "audit", "--help");
        var doctor = await CliRun.RunAsync(dir.Path, "connections", "doctor", "--help");
        var pull = await CliRun.RunAsync(dir.Path, "pieces", "pull", "--help");

        Assert.All([audit.Out, doctor.Out], help =>
        {
            Assert.DoesNotContain("Optional", help, StringComparison.Ordinal);
            Assert.Contains("(default: $ACTIVEPIECES_API_KEY). Required.", help, StringComparison.Ordinal);
        });
        Assert.Contains("(default: $ACTIVEPIECES_API_KEY). Optional: piece metadata is public.", pull.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_help_lists_its_flags_without_the_instance_options()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "emulator", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(["--urls", "--api-key", "--pieces", "--signing-key-id", "--signing-key-pem", "dotnet activepieces emulator --pieces pieces"], flag => Assert.Contains(flag, run.Out, StringComparison.Ordinal));
        Assert.DoesNotContain("--instance", run.Out, StringComparison.Ordinal);
        Assert.Single(run.Out.Split('\n'), line => line.TrimStart().StartsWith("--api-key", StringComparison.Ordinal));
    }
}
