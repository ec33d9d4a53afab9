using System.Net;
using System.Text.Json.Nodes;
using Activepieces.Emulator;
using Activepieces.Emulator.Inspection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Activepieces.TestSupport;

/// <summary>
/// A running emulator, a real <see cref="ActivepiecesClient"/> pointed at it (every log line captured) and raw HTTP
/// access to it: the one server fake of the client, integration and benchmark tests.
/// </summary>
/// <example>
/// <code>
/// await using var h = await EmulatorHarness.StartAsync(TestContext.Current.CancellationToken);
/// await h.Client.Projects.GetOrCreateAsync("org_1");
/// Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/projects"));
/// </code>
/// </example>
public sealed class EmulatorHarness : IAsyncDisposable
{
    private readonly List<HttpClient> _httpClients = [];

    private EmulatorHarness(ActivepiecesEmulator emulator)
    {
        Emulator = emulator;
        Logger = new FakeLogger<ActivepiecesClient>();
        Client = NewClient(logger: Logger);
        Api = new EmulatorApi(emulator);
    }

    /// <summary>The emulator.</summary>
    public ActivepiecesEmulator Emulator { get; }

    /// <summary>The client under test (logs to <see cref="Logger"/>).</summary>
    public ActivepiecesClient Client { get; }

    /// <summary>Every log line of <see cref="Client"/>.</summary>
    public FakeLogger<ActivepiecesClient> Logger { get; }

    /// <summary>Raw HTTP access with the emulator's API key.</summary>
    public EmulatorApi Api { get; }

    /// <summary>Options serving <see cref="TestPieceFiles.Gelato"/> 0.1.0 and the real metadata files of <see cref="TestPieceFiles"/>.</summary>
    /// <returns>New options, to change before starting.</returns>
    public static ActivepiecesEmulatorOptions DefaultOptions()
    {
        var options = new ActivepiecesEmulatorOptions().AddPiece(TestPieceFiles.Gelato, "0.1.0");
        return Directory.Exists(TestPieceFiles.Directory) ? options.AddPiecesFromDirectory(TestPieceFiles.Directory) : options;
    }

    /// <summary>Starts an emulator with <see cref="DefaultOptions"/>.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The harness; dispose it to stop the emulator.</returns>
    public static Task<EmulatorHarness> StartAsync(CancellationToken cancellationToken) => StartAsync(DefaultOptions(), cancellationToken);

    /// <summary>Starts an emulator with <paramref name="options"/>.</summary>
    /// <param name="options">The emulator options.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The harness; dispose it to stop the emulator.</returns>
    public static async Task<EmulatorHarness> StartAsync(ActivepiecesEmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EmulatorHarness(await ActivepiecesEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Another client of the emulator (as if in another process): its own caches and connections.</summary>
    /// <param name="apiKey">The API key; <see langword="null"/> for the emulator's.</param>
    /// <param name="timeProvider">The client's clock (ensure cache); <see langword="null"/> for the system clock.</param>
    /// <param name="ensureCacheDuration">The ensure cache duration; <see langword="null"/> for the default.</param>
    /// <param name="logger">The client's logger, or <see langword="null"/>.</param>
    /// <param name="http">The HTTP client to use (the caller disposes it), or <see langword="null"/> for a new one the harness disposes.</param>
    /// <returns>The client; dispose it.</returns>
    public ActivepiecesClient NewClient(
        string? apiKey = null, TimeProvider? timeProvider = null, TimeSpan? ensureCacheDuration = null, ILogger<ActivepiecesClient>? logger = null, HttpClient? http = null)
    {
        if (http is null)
        {
            http = new HttpClient();
            lock (_httpClients)
            {
                _httpClients.Add(http);
            }
        }

        return new ActivepiecesClient(
            http,
            new ActivepiecesOptions
            {
                InstanceUrl = Emulator.BaseUrl,
                ApiKey = apiKey ?? Emulator.ApiKey,
                EnsureCacheDuration = ensureCacheDuration ?? ActivepiecesOptions.DefaultEnsureCacheDuration,
            },
            logger,
            timeProvider);
    }

    /// <summary>Every log line and structured value <see cref="Client"/> logged, as text.</summary>
    /// <returns>One string per log entry.</returns>
    public IEnumerable<string> LogTexts() =>
        Logger.Collector.GetSnapshot().Select(l => l.Message + " " + string.Join(",", l.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? []));

    /// <summary>The emulator id of the live project whose external id is <paramref name="externalProjectId"/>.</summary>
    /// <param name="externalProjectId">The external id.</param>
    /// <returns>The project id.</returns>
    public string ProjectIdOf(string externalProjectId) =>
        Emulator.Projects.Single(project => project.ExternalId == externalProjectId).Id;

    /// <summary>
    /// The piece-side view: <c>GET /api/v1/worker/app-connections/{externalId}?projectId=</c>, the value a piece
    /// running in the project receives from <c>context.connections.get(externalId)</c>; <see langword="null"/> on 404.
    /// </summary>
    /// <param name="connectionExternalId">The connection's external id.</param>
    /// <param name="projectId">The project the piece runs in.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public async Task<JsonNode?> GetPieceSideValueAsync(string connectionExternalId, string projectId)
    {
        var answer = await Api.GetAsync(
            $"/api/v1/worker/app-connections/{Uri.EscapeDataString(connectionExternalId)}?projectId={Uri.EscapeDataString(projectId)}").ConfigureAwait(false);
        if (answer.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!answer.IsSuccess)
        {
            throw new InvalidOperationException($"The worker lookup answered {answer.StatusCode} {answer.ErrorCode}.");
        }

        return answer.Body;
    }

    /// <summary>The logged upsert requests (<c>POST /api/v1/global-connections</c> or <c>/api/v1/app-connections</c>).</summary>
    /// <returns>The requests, in arrival order.</returns>
    public IReadOnlyList<RecordedRequest> Upserts() =>
        [.. Emulator.RequestLog.Where(request => request.Method == "POST"
            && request.Path is "/api/v1/global-connections" or "/api/v1/app-connections")];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        Client.Dispose();
        lock (_httpClients)
        {
            _httpClients.ForEach(http => http.Dispose());
        }

        await Emulator.DisposeAsync().ConfigureAwait(false);
    }
}
