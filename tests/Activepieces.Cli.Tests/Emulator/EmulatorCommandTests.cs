using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Cli.Tests.Emulator;

/// <summary>
/// <c>dotnet activepieces emulator</c>, run in process: it starts on a free port, prints its banner, serves, and stops
/// when the run's token is canceled; start-up errors are one line with exit code 2.
/// </summary>
public sealed class EmulatorCommandTests
{
    private const string ListeningPrefix = "Activepieces emulator listening on ";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task It_prints_the_pieces_by_name_and_auth_type_the_development_key_and_the_URL_serves_them_and_stops_on_cancellation()
    {
        using var dir = new TempDirectory();
        var pieces = Directory.CreateDirectory(Path.Combine(dir.Path, "pieces")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Corpus", "reference", "mysql.piece.json"), Path.Combine(pieces, "mysql.piece.json"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Corpus", "reference", "square.piece.json"), Path.Combine(pieces, "square.piece.json"));
        await using var emulator = RunningEmulator.Start(dir.Path, "emulator", "--urls", "http://127.0.0.1:0", "--pieces", "pieces");

        var url = await emulator.Listening;
        using var http = Client(url, ActivepiecesEmulatorOptions.DevelopmentApiKey);
        using var mysql = await http.GetAsync("api/v1/pieces/@activepieces/piece-mysql", Ct);
        var run = await emulator.StopAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(HttpStatusCode.OK, mysql.StatusCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Pieces (2):", lines[0]);
        Assert.Matches(@"^@activepieces/piece-mysql \S+ \(CUSTOM_AUTH\)$", lines[1]);
        Assert.Matches(@"^@activepieces/piece-square \S+ \(OAUTH2\)$", lines[2]);
        Assert.Equal("API key: " + ActivepiecesEmulatorOptions.DevelopmentApiKey, lines[3]);
        Assert.Equal(ListeningPrefix + url.ToString().TrimEnd('/'), lines[4]);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task A_key_of_ones_own_is_never_printed_and_an_empty_pieces_folder_is_a_warning()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));
        var key = "sk-" + RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 61);
        await using var emulator = RunningEmulator.Start(dir.Path, "emulator", "--urls", "http://127.0.0.1:0", "--api-key", key, "--pieces", "empty");

        var url = await emulator.Listening;
        using var http = Client(url, key);
        using var projects = await http.GetAsync("api/v1/projects", Ct);
        var run = await emulator.StopAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
        Assert.DoesNotContain(key, run.Out + run.Error, StringComparison.Ordinal);
        Assert.Contains("API key: the one given with --api-key (not printed)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Pieces: none", run.Out, StringComparison.Ordinal);
        Assert.Equal("warning: --pieces: 'empty' holds no *.piece.json file (write them with 'dotnet activepieces pieces pull NAME --output empty').", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task With_a_signing_key_the_embed_token_exchange_works()
    {
        using var dir = new TempDirectory();
        using var rsa = RSA.Create(2048);
        File.WriteAllText(Path.Combine(dir.Path, "signing.pub.pem"), rsa.ExportSubjectPublicKeyInfoPem());
        await using var emulator = RunningEmulator.Start(dir.Path, "emulator", "--urls", "http://127.0.0.1:0", "--signing-key-id", "key-1", "--signing-key-pem", "signing.pub.pem");

        var url = await emulator.Listening;
        using var http = new HttpClient { BaseAddress = url };
        var body = JsonSerializer.Serialize(new { externalAccessToken = Mint("key-1", rsa) });
        using var exchange = await http.PostAsync("api/v1/managed-authn/external-token", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var answer = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync(Ct)).RootElement;
        var run = await emulator.StopAsync();

        Assert.True(exchange.StatusCode == HttpStatusCode.OK, answer.ToString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("token").GetString()));
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("projectId").GetString()));
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Theory]
    [InlineData("http://0.0.0.0:5199")]
    [InlineData("http://[::]:5199")]
    public async Task The_public_development_key_is_refused_beyond_loopback(string url)
    {
        using var dir = new TempDirectory();

        var implicitKey = await CliRun.RunAsync(dir.Path, "emulator", "--urls", url);
        var explicitKey = await CliRun.RunAsync(dir.Path, "emulator", "--urls", url, "--api-key", ActivepiecesEmulatorOptions.DevelopmentApiKey);

        foreach (var run in new[] { implicitKey, explicitKey })
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"error: --urls {url} listens beyond loopback, and the development API key is public: pass --api-key", line, StringComparison.Ordinal);
            Assert.Empty(run.Out);
        }
    }

    [Fact]
    public async Task Start_up_errors_are_one_line_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "broken"));
        File.WriteAllText(Path.Combine(dir.Path, "broken", "shop.piece.json"), "{ not json");
        File.WriteAllText(Path.Combine(dir.Path, "garbage.pem"), "-----BEGIN PUBLIC KEY-----\nc2VjcmV0LWxvb2tpbmc=\n-----END PUBLIC KEY-----\n");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var busy = ((IPEndPoint)listener.LocalEndpoint).Port;

        var cases = new (string[] Args, string Expected)[]
        {
            (["emulator", "--pieces", "nowhere"], "error: --pieces: the directory 'nowhere' does not exist."),
            (["emulator", "--urls", $"http://127.0.0.1:{busy}"], $"error: --urls: cannot listen on http://127.0.0.1:{busy} ("),
            (["emulator", "--urls", "http://127.0.0.1:0", "--pieces", "broken"], "error: --pieces: Piece metadata from "),
            (["emulator", "--signing-key-id", "k", "--signing-key-pem", "missing.pem"], "error: --signing-key-pem: cannot read 'missing.pem' ("),
            (["emulator", "--signing-key-id", "k", "--signing-key-pem", "garbage.pem"], "error: --signing-key-pem: 'garbage.pem' holds no PEM-encoded RSA key"),
            (["emulator", "--signing-key-pem", "garbage.pem"], "error: --signing-key-id and --signing-key-pem go together"),
        };
        foreach (var (args, expected) in cases)
        {
            var run = await CliRun.RunAsync(dir.Path, args);

            Assert.True(run.ExitCode == 2, string.Join(' ', args) + "\n" + run);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith(expected, line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("c2VjcmV0", run.Error, StringComparison.Ordinal);
        }
    }

    private static HttpClient Client(Uri url, string apiKey)
    {
        var http = new HttpClient { BaseAddress = url };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return http;
    }

    private static string Mint(string keyId, RSA signer)
    {
        var now = DateTime.UtcNow;
        var key = new RsaSecurityKey(signer.ExportParameters(includePrivateParameters: true)) { KeyId = keyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["version"] = "v3",
                ["externalUserId"] = "user-1",
                ["externalProjectId"] = "acme",
                ["firstName"] = "Ada",
                ["lastName"] = "Lovelace",
                ["role"] = "EDITOR",
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>
    /// A run of the command line that is stopped by canceling its token, as Ctrl+C does: <see cref="Listening"/>
    /// completes with the URL once the emulator prints that it listens.
    /// </summary>
    private sealed class RunningEmulator : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        private readonly ListeningWriter _out = new();
        private readonly StringWriter _error = new();
        private readonly Task<int> _run;

        private RunningEmulator(string workingDirectory, string[] args)
        {
            var environment = new CliEnvironment(_out, _error, _ => null, workingDirectory);
            _run = Task.Run(() => CliApplication.RunAsync(args, environment, _stop.Token), Ct);
        }

        /// <summary>The URL, or the run's output when it ended before listening.</summary>
        public Task<Uri> Listening => ListeningOrFailureAsync();

        public static RunningEmulator Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

        public async Task<CliRun> StopAsync()
        {
            await _stop.CancelAsync();
            var exitCode = await _run;
            return new CliRun(exitCode, _out.ToString(), _error.ToString());
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _run;
            _stop.Dispose();
            _out.Dispose();
            _error.Dispose();
        }

        private async Task<Uri> ListeningOrFailureAsync()
        {
            var first = await Task.WhenAny(_out.Url.Task, _run).WaitAsync(Ct);
            if (first != _out.Url.Task)
            {
                Assert.Fail($"exit {await _run} before listening\n{_out}\n{_error}");
            }

            return new Uri(await _out.Url.Task + "/");
        }
    }

    /// <summary>Completes <see cref="Url"/> when the listening line is written.</summary>
    private sealed class ListeningWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public TaskCompletionSource<string> Url { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }

            if (value is not null && value.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                Url.TrySetResult(value[ListeningPrefix.Length..]);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
