using Activepieces.Resources.Pieces;
using Activepieces.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Activepieces;

/// <summary>
/// A client of the public piece routes (<c>GET /api/v1/pieces/{name}</c>) only, for tools that read piece metadata
/// without a platform API key. Its <see cref="ActivepiecesOptions.ApiKey"/> is optional: without one no
/// <c>Authorization</c> header is sent (the server authenticates any bearer key it receives and answers an unknown one
/// with 401), and plain <c>http://</c> to any host is accepted because nothing secret travels. A key that is given is
/// validated, sent and protected as by <see cref="ActivepiecesClient"/>, which it shares its transport and error types
/// with. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// using var pieces = new ActivepiecesPiecesClient(new ActivepiecesOptions { InstanceUrl = new Uri("https://cloud.activepieces.com") });
/// PieceMetadata mysql = await pieces.GetAsync("@activepieces/piece-mysql", cancellationToken: ct);
/// </code>
/// </example>
public class ActivepiecesPiecesClient : PiecesClient, IDisposable
{
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Creates a client for mocking: a subclass overrides the members it uses; the others throw.</summary>
    protected ActivepiecesPiecesClient()
    {
    }

    /// <summary>
    /// Creates a client with its own <see cref="HttpClient"/> (disposed with the client) and the resilience pipeline of
    /// <see cref="ActivepiecesClient"/>: its reads are retried, timed out and guarded by the circuit the same way.
    /// </summary>
    /// <param name="options">The instance URL and, optionally, an API key.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesPiecesClient(ActivepiecesOptions options)
        : this(options, null, null)
    {
    }

    /// <summary>
    /// Creates a client with its own <see cref="HttpClient"/> (disposed with the client) and the resilience pipeline of
    /// <see cref="ActivepiecesClient"/>, logging through <paramref name="logger"/> and timing the pipeline's timeouts,
    /// backoff, <c>Retry-After</c> waits and circuit on <paramref name="timeProvider"/>.
    /// </summary>
    /// <param name="options">The instance URL and, optionally, an API key.</param>
    /// <param name="logger">Logs method, path, status and elapsed time of each call; never keys or bodies. Null: no logs.</param>
    /// <param name="timeProvider">The clock; null: <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesPiecesClient(ActivepiecesOptions options, ILogger<ActivepiecesPiecesClient>? logger, TimeProvider? timeProvider)
        : this(new HttpClient(ActivepiecesResilience.CreateHandler(timeProvider ?? TimeProvider.System)), options, logger, timeProvider, ownsHttpClient: true)
    {
    }

    /// <summary>Creates a client over an existing <see cref="HttpClient"/> (it needs no base address; it is not disposed).</summary>
    /// <param name="httpClient">The HTTP client; its <see cref="HttpClient.Timeout"/> bounds each request.</param>
    /// <param name="options">The instance URL and, optionally, an API key.</param>
    /// <param name="logger">Logs method, path, status and elapsed time of each call; never keys or bodies.</param>
    /// <param name="timeProvider">The clock of the timings; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the field.</exception>
    public ActivepiecesPiecesClient(HttpClient httpClient, ActivepiecesOptions options, ILogger<ActivepiecesPiecesClient>? logger = null, TimeProvider? timeProvider = null)
        : this(httpClient, options, logger, timeProvider, ownsHttpClient: false)
    {
    }

    private ActivepiecesPiecesClient(HttpClient httpClient, ActivepiecesOptions options, ILogger? logger, TimeProvider? timeProvider, bool ownsHttpClient)
        : base(CreateResource(httpClient, options, logger, timeProvider ?? TimeProvider.System, ownsHttpClient))
    {
        _ownedHttpClient = ownsHttpClient ? httpClient : null;
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

    /// <summary>Validates the options (the key optional) before anything is built.</summary>
    private static PiecesResource CreateResource(HttpClient httpClient, ActivepiecesOptions options, ILogger? logger, TimeProvider timeProvider, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        var failure = ActivepiecesOptionsValidator.GetFailure(options, apiKeyRequired: false);
        if (failure is not null)
        {
            if (ownsHttpClient)
            {
                httpClient.Dispose();
            }

            throw new ArgumentException(failure, nameof(options));
        }

        return new PiecesResource(new ApiTransport(httpClient, options, logger ?? NullLogger.Instance, timeProvider));
    }
}
