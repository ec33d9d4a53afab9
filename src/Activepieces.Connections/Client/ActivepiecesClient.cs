using Activepieces.Client;
using Activepieces.Fleet.Offboard;
using Activepieces.Provisioning;
using Activepieces.Resources.Connections;
using Activepieces.Resources.Pieces;
using Activepieces.Resources.PieceSets;
using Activepieces.Resources.Projects;
using Activepieces.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Activepieces;

/// <summary>
/// The Activepieces REST API client. Thread-safe; keep one per instance URL and API key (it caches project ids and
/// Ensure results). With dependency injection use <c>services.AddActivepieces(…)</c> instead of constructing it.
/// </summary>
/// <remarks>
/// To mock it, derive from it (the protected constructor builds nothing) and override the properties the code under
/// test reads; each group client (<see cref="ProjectsClient"/>, <see cref="PredefinedConnectionsClient"/>, …) is mocked
/// the same way.
/// </remarks>
public class ActivepiecesClient : IDisposable
{
    private readonly HttpClient? _ownedHttpClient;
    private readonly ProjectsResource? _projectsResource;
    private readonly ProjectsClient? _projects;
    private readonly GlobalConnectionsClient? _globalConnections;
    private readonly AppConnectionsClient? _appConnections;
    private readonly PiecesClient? _pieces;
    private readonly PieceSetsClient? _pieceSets;
    private readonly PredefinedConnectionsClient? _predefinedConnections;

    /// <summary>
    /// Creates a client with its own <see cref="HttpClient"/> (disposed with the client) and the same resilience pipeline
    /// as <c>services.AddActivepieces(…)</c>: retries, timeouts and circuit breaker.
    /// </summary>
    /// <param name="options">The instance URL and API key.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesClient(ActivepiecesOptions options)
        : this(options, null, null)
    {
    }

    /// <summary>
    /// Creates a client with its own <see cref="HttpClient"/> (disposed with the client) and the same resilience pipeline
    /// as <c>services.AddActivepieces(…)</c>, logging through <paramref name="logger"/> and timing everything on
    /// <paramref name="timeProvider"/>: the pipeline's timeouts, backoff, <c>Retry-After</c> waits and circuit, and the
    /// Ensure cache (a fake clock makes retries and breaks testable without waiting).
    /// </summary>
    /// <param name="options">The instance URL and API key.</param>
    /// <param name="logger">Logs method, path, status and elapsed time of each call; never keys or bodies. Null: no logs.</param>
    /// <param name="timeProvider">The clock; null: <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesClient(ActivepiecesOptions options, ILogger<ActivepiecesClient>? logger, TimeProvider? timeProvider)
        : this(new HttpClient(ActivepiecesResilience.CreateHandler(timeProvider ?? TimeProvider.System)), options, logger, timeProvider, new ActivepiecesClientState(), ownsHttpClient: true)
    {
    }

    /// <summary>
    /// Creates a client over an existing <see cref="HttpClient"/> (it needs no base address; it is not disposed). Its
    /// handlers are used as they are: this client adds no resilience pipeline of its own.
    /// </summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="options">The instance URL and API key.</param>
    /// <param name="logger">Logs method, path, status and elapsed time of each call; never keys or bodies.</param>
    /// <param name="timeProvider">The clock of the Ensure cache and the timings; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesClient(HttpClient httpClient, ActivepiecesOptions options, ILogger<ActivepiecesClient>? logger = null, TimeProvider? timeProvider = null)
        : this(httpClient, options, logger, timeProvider, new ActivepiecesClientState(), ownsHttpClient: false)
    {
    }

    /// <summary>Creates a client for mocking: a subclass overrides the properties it uses; the others throw.</summary>
    protected ActivepiecesClient()
    {
    }

    internal ActivepiecesClient(
        HttpClient httpClient,
        ActivepiecesOptions options,
        ILogger? logger,
        TimeProvider? timeProvider,
        ActivepiecesClientState state,
        bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        var failure = ActivepiecesOptionsValidator.GetFailure(options);
        if (failure is not null)
        {
            if (ownsHttpClient)
            {
                httpClient.Dispose();
            }

            throw new ArgumentException(failure, nameof(options));
        }

        _ownedHttpClient = ownsHttpClient ? httpClient : null;
        var time = timeProvider ?? TimeProvider.System;
        var transport = new ApiTransport(httpClient, options, logger ?? NullLogger.Instance, time);
        var projectsResource = new ProjectsResource(transport);
        _projectsResource = projectsResource;
        var global = new GlobalConnectionsResource(transport);
        var app = new AppConnectionsResource(transport);
        var projects = new ProjectDirectory(projectsResource, state);
        _projects = new ProjectsClient(projects, projectsResource, new ProjectOffboarding(projects, global, app, state));
        _globalConnections = new GlobalConnectionsClient(global);
        _appConnections = new AppConnectionsClient(app);
        _pieces = new PiecesClient(new PiecesResource(transport));
        var pieceSets = new PieceSetsResource(transport);
        _pieceSets = new PieceSetsClient(pieceSets, new PieceSetProvisioner(pieceSets));
        _predefinedConnections = new PredefinedConnectionsClient(
            new PredefinedConnectionsOperations(projects, projectsResource, global, app, new PlatformAppConnectionsResource(transport), state, time, options.EnsureCacheDuration));
    }

    /// <summary>The platform projects (<c>/v1/projects</c>).</summary>
    public virtual ProjectsClient Projects => _projects ?? throw ClientMocks.NotConfigured(nameof(ActivepiecesClient));

    /// <summary>The global (platform) connections (<c>/v1/global-connections</c>).</summary>
    public virtual GlobalConnectionsClient GlobalConnections => _globalConnections ?? throw ClientMocks.NotConfigured(nameof(ActivepiecesClient));

    /// <summary>The project-scoped connections (<c>/v1/app-connections</c>).</summary>
    public virtual AppConnectionsClient AppConnections => _appConnections ?? throw ClientMocks.NotConfigured(nameof(ActivepiecesClient));

    /// <summary>The piece metadata (<c>/v1/pieces</c>).</summary>
    public virtual PiecesClient Pieces => _pieces ?? throw ClientMocks.NotConfigured(nameof(ActivepiecesClient));

    /// <summary>The piece sets (<c>/v1/piece-sets</c>): which pieces each project shows.</summary>
    public virtual PieceSetsClient PieceSets => _pieceSets ?? throw ClientMocks.NotConfigured(nameof(ActivepiecesClient));

    /// <summary>The "one connection per customer project" operations the generated methods call.</summary>
    public virtual PredefinedConnectionsClient PredefinedConnections => _predefinedConnections ?? throw ClientMocks.NotConfigured(nameof(ActivepiecesClient));

    /// <summary>
    /// One cheap authenticated request (the first project, <c>GET /v1/projects?limit=1</c>) through the client's pipeline:
    /// the instance answers and accepts the key. For the health check.
    /// </summary>
    internal async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var projects = _projectsResource ?? throw ClientMocks.NotConfigured(nameof(ActivepiecesClient));
        var page = projects.ListAsync(new ProjectListFilter { PageSize = 1 }, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (page.ConfigureAwait(false))
        {
            await page.MoveNextAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Disposes the <see cref="HttpClient"/> the client created itself, if any.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the <see cref="HttpClient"/> the client created itself, if any.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedHttpClient?.Dispose();
        }
    }
}
