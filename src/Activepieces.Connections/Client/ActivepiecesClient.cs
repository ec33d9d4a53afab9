using Activepieces.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Activepieces;

/// <summary>
/// The Activepieces REST API client. Thread-safe; keep one per instance URL and API key (it caches project ids and
/// Ensure results). With dependency injection use <c>services.AddActivepieces(…)</c> instead of constructing it.
/// </summary>
public sealed class ActivepiecesClient : IActivepiecesClient, IDisposable
{
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Creates a client with its own <see cref="HttpClient"/> (disposed with the client).</summary>
    /// <param name="options">The instance URL and API key.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesClient(ActivepiecesOptions options)
        : this(new HttpClient(), options, null, null, new ActivepiecesClientState(), ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client over an existing <see cref="HttpClient"/> (it needs no base address; it is not disposed).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="options">The instance URL and API key.</param>
    /// <param name="logger">Logs method, path, status and elapsed time of each call; never keys or bodies.</param>
    /// <param name="timeProvider">The clock of the Ensure cache and the timings; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesClient(HttpClient httpClient, ActivepiecesOptions options, ILogger<ActivepiecesClient>? logger = null, TimeProvider? timeProvider = null)
        : this(httpClient, options, logger, timeProvider, new ActivepiecesClientState(), ownsHttpClient: false)
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
        var projects = new ProjectsApi(transport, state);
        var global = new GlobalConnectionsApi(transport);
        var app = new AppConnectionsApi(transport);
        Projects = projects;
        GlobalConnections = global;
        AppConnections = app;
        Pieces = new PiecesApi(transport);
        PredefinedConnections = new PredefinedConnectionsApi(projects, global, app, state, time, options.EnsureCacheDuration);
    }

    /// <inheritdoc/>
    public IProjectsApi Projects { get; }

    /// <inheritdoc/>
    public IGlobalConnectionsApi GlobalConnections { get; }

    /// <inheritdoc/>
    public IAppConnectionsApi AppConnections { get; }

    /// <inheritdoc/>
    public IPiecesApi Pieces { get; }

    /// <inheritdoc/>
    public IPredefinedConnectionsApi PredefinedConnections { get; }

    /// <summary>Disposes the <see cref="HttpClient"/> the client created itself, if any.</summary>
    public void Dispose() => _ownedHttpClient?.Dispose();
}
