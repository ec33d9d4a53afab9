using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;

namespace Activepieces.Cli.Tests.Pieces;

/// <summary><c>pieces pull</c> against the in-process emulator.</summary>
public sealed class PullCommandTests
{
    private static Task<ActivepiecesEmulator> StartAsync(Action<ActivepiecesEmulatorOptions>? configure = null)
    {
        var options = new ActivepiecesEmulatorOptions()
            .AddPieceFile(Corpus.PathOf("reference/mysql.piece.json"))
            .AddPieceFile(Corpus.PathOf("reference/pdfcrowd.piece.json"))
            .AddPieceFile(Corpus.PathOf("reference/deepseek.piece.json"));
        configure?.Invoke(options);
        return ActivepiecesEmulator.StartAsync(options, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Pulls_several_pieces_named_in_every_form_into_indented_files_with_the_served_version()
    {
        await using var emulator = await StartAsync();
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "@activepieces/piece-mysql", "piece-pdfcrowd", "deepseek", "--instance", emulator.BaseUrl.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        foreach (var (shortName, auth) in new[] { ("mysql", "CUSTOM_AUTH"), ("pdfcrowd", "BASIC_AUTH"), ("deepseek", "SECRET_TEXT") })
        {
            var path = dir.Combine("pieces", shortName + ".piece.json");
            var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            var reference = JsonNode.Parse(await File.ReadAllTextAsync(Corpus.PathOf($"reference/{shortName}.piece.json"), TestContext.Current.CancellationToken))!;
            var pulled = JsonNode.Parse(text)!;
            Assert.Equal("@activepieces/piece-" + shortName, (string?)pulled["name"]);
            Assert.Equal((string?)reference["version"], (string?)pulled["version"]);
            Assert.True(JsonNode.DeepEquals(reference["auth"], pulled["auth"]), text);
            Assert.StartsWith("{\n  \"name\": ", text, StringComparison.Ordinal);
            Assert.Contains($"Pulled @activepieces/piece-{shortName} {(string?)reference["version"]} (auth: {auth}) -> {Path.Combine("pieces", shortName + ".piece.json")}", run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("3 of 3 piece(s) pulled.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_progress_goes_to_stderr_and_stdout_holds_the_same_results()
    {
        await using var emulator = await StartAsync();
        using var plainDir = new TempDirectory();
        using var terminalDir = new TempDirectory();
        string[] args = ["pieces", "pull", "mysql", "deepseek", "--instance", emulator.BaseUrl.ToString()];

        var plain = await CliRun.RunAsync(plainDir.Path, null, terminal: false, args);
        var terminal = await CliRun.RunAsync(terminalDir.Path, null, terminal: true, args);

        Assert.True(terminal.ExitCode == 0, terminal.ToString());
        Assert.Equal(plain.Out, terminal.Out);
        Assert.Equal(string.Empty, plain.Error);
        Assert.Contains("Pulling 2 piece(s)", terminal.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulls_the_requested_version_and_otherwise_the_latest()
    {
        var mysql = JsonNode.Parse(await File.ReadAllTextAsync(Corpus.PathOf("reference/mysql.piece.json"), TestContext.Current.CancellationToken))!.AsObject();
        mysql["version"] = "0.9.0";
        await using var emulator = await StartAsync(o => o.AddPieceJson(mysql.ToJsonString()));
        using var dir = new TempDirectory();

        var pinned = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--version", "0.2.7", "--output", "pinned", "--instance", emulator.BaseUrl.ToString());
        var latest = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--output", "latest", "--instance", emulator.BaseUrl.ToString());

        Assert.True(pinned.ExitCode == 0, pinned.ToString());
        Assert.True(latest.ExitCode == 0, latest.ToString());
        Assert.Equal("0.2.7", VersionOf(dir.Combine("pinned", "mysql.piece.json")));
        Assert.Equal("0.9.0", VersionOf(dir.Combine("latest", "mysql.piece.json")));
    }

    [Fact]
    public async Task An_unknown_piece_is_one_error_line_the_others_are_still_pulled_and_the_exit_code_is_2()
    {
        await using var emulator = await StartAsync();
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "no-such-piece", "deepseek", "--instance", emulator.BaseUrl.ToString());

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: @activepieces/piece-no-such-piece: not found on ", error, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.Combine("pieces", "mysql.piece.json")));
        Assert.True(File.Exists(dir.Combine("pieces", "deepseek.piece.json")));
        Assert.False(File.Exists(dir.Combine("pieces", "no-such-piece.piece.json")));
        Assert.Contains("2 of 3 piece(s) pulled.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_from_the_instance_is_one_error_line_with_exit_code_2_and_no_file()
    {
        await using var emulator = await StartAsync();
        emulator.Faults.Add(FaultRule.Always("GET", "/api/v1/pieces/**", Fault.InternalServerError));
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--instance", emulator.BaseUrl.ToString(), "--api-key", emulator.ApiKey);

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains("@activepieces/piece-mysql", error, StringComparison.Ordinal);
        Assert.Contains("answered 500", error, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ApiKey, run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Combine("pieces")) && Directory.EnumerateFiles(dir.Combine("pieces")).Any());

        // The library's pipeline: a GET is tried 4 times before the failure is reported.
        Assert.Equal(4, emulator.CountRequests("GET", "/api/v1/pieces/**"));
    }

    [Fact]
    public async Task Two_503s_are_absorbed_by_the_librarys_pipeline_and_the_piece_is_pulled()
    {
        await using var emulator = await StartAsync();
        emulator.Faults.Add(FaultRule.Sequenced("GET", "/api/v1/pieces/**", Fault.ServiceUnavailable, Fault.ServiceUnavailable));
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--instance", emulator.BaseUrl.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
        Assert.True(File.Exists(dir.Combine("pieces", "mysql.piece.json")));
        Assert.Equal(3, emulator.CountRequests("GET", "/api/v1/pieces/**"));
    }

    [Theory]
    [InlineData("not a url", "--instance must be an absolute URL (e.g. https://cloud.activepieces.com).")]
    [InlineData("ftp://example.com", "--instance must use https (or http to a loopback host).")]
    [InlineData("https://user:secret@example.com", "--instance must not contain user credentials; the API key authenticates.")]
    [InlineData("https://cloud.activepieces.com/api", "--instance ends with /api: drop /api (the client adds /api/v1 itself), e.g. https://cloud.activepieces.com.")]
    [InlineData("https://ap.example.com/tools/api/", "--instance ends with /api: drop /api")]
    [InlineData("https://ap.example.com/api/v1", "--instance ends with /api/v1: drop /api/v1")]
    public async Task A_bad_instance_URL_is_a_usage_error(string url, string expected)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--instance", url);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + expected, Assert.Single(run.ErrorLines)[..(expected.Length + 7)]);
        Assert.DoesNotContain("secret", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_over_plain_http_to_a_remote_host_is_refused_in_the_options_own_words()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--instance", "http://activepieces.example.com", "--api-key", "sk-secret");

        // The library's instance-URL rule, worded for the command line: no ActivepiecesOptions names, no setting the
        // user cannot set.
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: --instance uses http:// to a non-loopback host, which would send the API key in clear text; use https.",
            Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("sk-secret", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_instance_is_one_error_line_with_exit_code_2()
    {
        // A port that was just free: nothing listens on it.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--instance", $"http://127.0.0.1:{port}");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: @activepieces/piece-mysql: cannot reach http://127.0.0.1:{port}/", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_instance_and_key_come_from_the_environment_and_the_key_is_sent_but_never_printed()
    {
        await using var emulator = await StartAsync();
        using var dir = new TempDirectory();
        var variables = new Dictionary<string, string> { ["ACTIVEPIECES_URL"] = emulator.BaseUrl.ToString(), ["ACTIVEPIECES_API_KEY"] = emulator.ApiKey };

        var run = await CliRun.RunAsync(dir.Path, variables, "pieces", "pull", "mysql", "no-such-piece");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain(emulator.ApiKey, run.Out + run.Error, StringComparison.Ordinal);
        Assert.All(emulator.RequestLog, r => Assert.Equal("Bearer sk-…", r.RequestHeaders["authorization"]));
    }

    [Fact]
    public async Task Without_a_key_no_authorization_header_is_sent()
    {
        await using var emulator = await StartAsync();
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--instance", emulator.BaseUrl.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        var request = Assert.Single(emulator.RequestLog);
        Assert.Equal("/api/v1/pieces/@activepieces/piece-mysql", request.Path);
        Assert.False(request.RequestHeaders.ContainsKey("authorization"));
    }

    [Theory]
    [InlineData("Mysql")]
    [InlineData("@activepieces/")]
    [InlineData("piece-")]
    [InlineData("@/piece-x")]
    [InlineData("a/b")]
    public async Task A_malformed_piece_name_is_an_error_before_any_request(string name)
    {
        await using var emulator = await StartAsync();
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", name, "--instance", emulator.BaseUrl.ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a piece name", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(emulator.RequestLog);
    }

    [Fact]
    public async Task A_missing_piece_argument_is_a_usage_error_with_exit_code_2()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'dotnet activepieces pieces pull --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    private static string? VersionOf(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("version").GetString();
}
