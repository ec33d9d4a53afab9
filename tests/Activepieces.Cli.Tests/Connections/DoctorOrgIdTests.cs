using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Cli.Tests.Connections;

/// <summary><c>connections doctor</c> applies the library's org-id rule to its argument, before any request.</summary>
public sealed class DoctorOrgIdTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("org/1", "externalProjectId has '/' (U+002F) at index 3; ")]
    [InlineData("org 1", "externalProjectId has (U+0020) at index 3; ")]
    [InlineData("..", "externalProjectId must not be '.' or '..' (a URL dot segment); ")]
    public async Task A_bad_org_id_is_one_error_line_with_exit_2_and_no_request(string orgId, string problem)
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece("@activepieces/piece-gelato"), Ct);
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "connections", "doctor", orgId, "--piece", "gelato", "--prefix", "gelato_",
            "--instance", emulator.BaseUrl.ToString(), "--api-key", emulator.ApiKey);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: " + problem, line, StringComparison.Ordinal);
        Assert.EndsWith("an org id is 1 to 128 letters (A-Z, a-z), digits, '.', '_' or '-', and not '.' or '..' (e.g. org_42).", line, StringComparison.Ordinal);
        Assert.Empty(emulator.RequestLog);
    }

    [Fact]
    public async Task An_org_id_with_dots_is_accepted_as_the_library_accepts_it()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece("@activepieces/piece-gelato"), Ct);
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "connections", "doctor", "acme.com", "--piece", "gelato", "--prefix", "gelato_",
            "--instance", emulator.BaseUrl.ToString(), "--api-key", emulator.ApiKey);

        Assert.True(run.ExitCode == 1, run.ToString()); // no project yet: it does not resolve, and says why
        Assert.NotEmpty(emulator.RequestLog);
    }
}
