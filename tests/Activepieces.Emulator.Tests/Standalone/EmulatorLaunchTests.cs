using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Activepieces.Emulator.Standalone;

namespace Activepieces.Emulator.Tests.Standalone;

/// <summary>The start-up shared by the standalone host and <c>dotnet activepieces emulator</c>: the loopback rule, the banner, one-line start-up errors.</summary>
public sealed class EmulatorLaunchTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ap-emulator-launch-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("http://0.0.0.0:5199")]
    [InlineData("http://[::]:5199")]
    [InlineData("http://192.168.1.20:5199")]
    [InlineData("http://my-host:5199")]
    public void The_development_key_never_listens_beyond_loopback(string url)
    {
        var implicitKey = StandaloneArguments.Parse(["--urls", url]);
        var explicitKey = StandaloneArguments.Parse(["--urls", url, "--api-key", ActivepiecesEmulatorOptions.DevelopmentApiKey]);
        var ownKey = StandaloneArguments.Parse(["--urls", url, "--api-key", ApiKeyFormat.Generate()]);

        Assert.Null(implicitKey.Launch);
        Assert.Null(explicitKey.Launch);
        Assert.Contains("beyond loopback", implicitKey.Error, StringComparison.Ordinal);
        Assert.Contains("--api-key", implicitKey.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', implicitKey.Error!);
        Assert.Equal(implicitKey.Error, explicitKey.Error);
        Assert.NotNull(ownKey.Launch);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5199")]
    [InlineData("http://[::1]:5199")]
    public void Loopback_takes_the_development_key(string url) =>
        Assert.Equal(ActivepiecesEmulatorOptions.DevelopmentApiKey, StandaloneArguments.Parse(["--urls", url]).Options!.ApiKey);

    [Fact]
    public void A_pieces_folder_without_piece_files_is_a_warning()
    {
        var launch = StandaloneArguments.Parse(["--pieces", _directory]).Launch!;

        var warning = Assert.Single(launch.Warnings);
        Assert.Contains("holds no *.piece.json file", warning, StringComparison.Ordinal);
        Assert.Empty(launch.Options.Pieces);
    }

    [Theory]
    [InlineData("--signing-key-id", "k1")]
    [InlineData("--signing-key-pem", "key.pem")]
    public void A_signing_key_needs_both_its_id_and_its_PEM(params string[] args)
    {
        var arguments = StandaloneArguments.Parse(args);

        Assert.Null(arguments.Launch);
        Assert.Contains("--signing-key-id and --signing-key-pem go together", arguments.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_or_invalid_PEM_is_one_line_that_never_repeats_the_file()
    {
        var invalid = Path.Combine(_directory, "invalid.pem");
        File.WriteAllText(invalid, "-----BEGIN PUBLIC KEY-----\nNOT-A-KEY-SECRET\n-----END PUBLIC KEY-----\n");

        var corrupted = Path.Combine(_directory, "corrupted.pem");
        File.WriteAllText(corrupted, "-----BEGIN PUBLIC KEY-----\nU0VDUkVULWxvb2tpbmc=\n-----END PUBLIC KEY-----\n");

        var missing = StandaloneArguments.Parse(["--signing-key-id", "k1", "--signing-key-pem", Path.Combine(_directory, "missing.pem")]);
        var garbage = StandaloneArguments.Parse(["--signing-key-id", "k1", "--signing-key-pem", invalid]);
        var notAsn1 = StandaloneArguments.Parse(["--signing-key-id", "k1", "--signing-key-pem", corrupted]);

        Assert.StartsWith("error: --signing-key-pem: cannot read", missing.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: --signing-key-pem: ", garbage.Error, StringComparison.Ordinal);
        Assert.Contains("no PEM-encoded RSA key", garbage.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", garbage.Error, StringComparison.Ordinal);
        Assert.Contains("no PEM-encoded RSA key", notAsn1.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("U0VDUkVU", notAsn1.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', missing.Error! + garbage.Error + notAsn1.Error);
    }

    [Fact]
    public void A_signing_key_from_a_PEM_file_is_registered()
    {
        using var rsa = RSA.Create(2048);
        var pem = Path.Combine(_directory, "signing.pub.pem");
        File.WriteAllText(pem, rsa.ExportSubjectPublicKeyInfoPem());

        var options = StandaloneArguments.Parse(["--signing-key-id", "k1", "--signing-key-pem", pem]).Options!;

        Assert.Equal("k1", Assert.Single(options.SigningKeys).KeyId);
    }

    [Fact]
    public async Task The_banner_lists_the_pieces_by_name_and_auth_type_then_the_key_and_the_URL_and_cancellation_stops_it()
    {
        var launch = StandaloneArguments.Parse(["--urls", "http://127.0.0.1:0", "--pieces", TestPieceFiles.Directory]).Launch!;
        using var output = new BannerWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var running = launch.RunAsync(output, TextWriter.Null, stop.Token);
        var url = await output.Listening.Task.WaitAsync(Ct);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", ActivepiecesEmulatorOptions.DevelopmentApiKey);
        using var projects = await http.GetAsync(url + "/api/v1/projects", Ct);
        await stop.CancelAsync();
        await running;

        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("Pieces (3):", lines);
        Assert.Contains(lines, line => line.StartsWith(TestPieceFiles.MySql + " ", StringComparison.Ordinal) && line.EndsWith("(CUSTOM_AUTH)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(TestPieceFiles.Mistral + " ", StringComparison.Ordinal) && line.EndsWith("(SECRET_TEXT, CUSTOM_AUTH)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(TestPieceFiles.Square + " ", StringComparison.Ordinal) && line.EndsWith("(OAUTH2)", StringComparison.Ordinal));
        Assert.Contains("API key: " + ActivepiecesEmulatorOptions.DevelopmentApiKey, lines);
        Assert.Equal(EmulatorLaunch.ListeningLine + url, lines[^1]);
    }

    [Fact]
    public async Task A_key_of_ones_own_is_never_printed()
    {
        var key = ApiKeyFormat.Generate();
        var launch = StandaloneArguments.Parse(["--urls", "http://127.0.0.1:0", "--api-key", key]).Launch!;
        using var output = new BannerWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var running = launch.RunAsync(output, TextWriter.Null, stop.Token);
        await output.Listening.Task.WaitAsync(Ct);
        await stop.CancelAsync();
        await running;

        Assert.DoesNotContain(key, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("API key: the one given with --api-key (not printed)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pieces: none", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_urls()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var launch = StandaloneArguments.Parse(["--urls", $"http://127.0.0.1:{port}"]).Launch!;

        var failure = await Assert.ThrowsAsync<EmulatorStartupException>(() => launch.RunAsync(TextWriter.Null, TextWriter.Null, Ct));

        Assert.StartsWith($"--urls: cannot listen on http://127.0.0.1:{port} (", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task An_invalid_piece_file_is_one_line_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_directory, "broken.piece.json"), """{"name": "@activepieces/piece-broken", "version": "one"}""");
        var launch = StandaloneArguments.Parse(["--urls", "http://127.0.0.1:0", "--pieces", _directory]).Launch!;

        var failure = await Assert.ThrowsAsync<EmulatorStartupException>(() => launch.RunAsync(TextWriter.Null, TextWriter.Null, Ct));

        Assert.StartsWith("--pieces: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("broken.piece.json", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Collects the banner and completes <see cref="Listening"/> with the URL once the listening line is written.</summary>
    private sealed class BannerWriter : StringWriter
    {
        public TaskCompletionSource<string> Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.StartsWith(EmulatorLaunch.ListeningLine, StringComparison.Ordinal))
            {
                Listening.TrySetResult(value[EmulatorLaunch.ListeningLine.Length..]);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }
}
