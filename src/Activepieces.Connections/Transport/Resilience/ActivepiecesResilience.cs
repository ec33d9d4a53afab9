using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Telemetry;

namespace Activepieces.Transport;

/// <summary>
/// The one resilience pipeline of every client: the DI client (through the standard resilience handler's options), and
/// through <see cref="CreateHandler"/> <c>new ActivepiecesClient(options, …)</c>, <c>new ActivepiecesPiecesClient(options, …)</c>
/// and the command-line tool, which builds its clients that way. The numbers are the README's resilience table.
/// </summary>
internal static class ActivepiecesResilience
{
    /// <summary>
    /// Retries of a retry-safe request (4 attempts): at 20% random faults a request then fails only when all four do,
    /// about 0.2⁴ = 0.16% of the time.
    /// </summary>
    public const int MaxRetryAttempts = 3;

    /// <summary>The first retry's backoff (exponential, with jitter) when the answer named no <c>Retry-After</c>.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The attempt timeout of a connection upsert: the server runs the piece's <c>validate()</c> (a database piece opens
    /// a connection) and, on newer servers, resolves <c>metadata.accountIdentifier</c> through the engine for up to 15 s
    /// (api reference §11.10). Cutting it off earlier only repeats the same slow work.
    /// </summary>
    public static readonly TimeSpan UpsertAttemptTimeout = TimeSpan.FromSeconds(45);

    /// <summary>The attempt timeout of every other call (reads, deletes, updates, project creation).</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The whole call, retries and their waits included: one full upsert attempt plus a retry of a fast failure.</summary>
    public static readonly TimeSpan TotalRequestTimeout = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The circuit opens when at least this share of the attempts in <see cref="SamplingDuration"/> failed. Random faults
    /// of up to 30% stay far below it (with <see cref="MinimumThroughput"/> attempts, 70% failures at a 30% fault rate
    /// has a probability of about 3·10⁻⁴ per window); an outage fails every attempt and opens it after
    /// <see cref="MinimumThroughput"/> of them.
    /// </summary>
    public const double FailureRatio = 0.7;

    /// <summary>The fewest attempts in a window before the circuit may open.</summary>
    public const int MinimumThroughput = 20;

    /// <summary>The window the failure ratio is measured over (at least twice the short attempt timeout, as the standard options require).</summary>
    public static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before one probe is let through.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(10);

    /// <summary>Applies the rules to the standard handler's options (the DI client).</summary>
    /// <param name="options">The options, defaults or a user's.</param>
    /// <param name="timeProvider">The clock that dates an HTTP-date <c>Retry-After</c>.</param>
    public static void Configure(HttpStandardResilienceOptions options, TimeProvider timeProvider)
    {
        options.TotalRequestTimeout.Timeout = TotalRequestTimeout;
        options.AttemptTimeout.Timeout = AttemptTimeout;
        options.AttemptTimeout.TimeoutGenerator = static args =>
            new ValueTask<TimeSpan>(IsConnectionUpsert(args.Context.GetRequestMessage()) ? UpsertAttemptTimeout : AttemptTimeout);

        options.Retry.MaxRetryAttempts = MaxRetryAttempts;
        options.Retry.Delay = RetryDelay;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        var isTransient = options.Retry.ShouldHandle;
        options.Retry.ShouldHandle = args =>
        {
            if (!RetryPolicy.IsRetrySafe(args.Context.GetRequestMessage()))
            {
                return PredicateResult.False();
            }

            if (args.Outcome.Result is { } response && RetryAfterHeader.Read(response, timeProvider) > RetryPolicy.MaxRetryAfter)
            {
                return PredicateResult.False();
            }

            return isTransient(args);
        };

        // The built-in header handling reads Retry-After on any status; this one reads it only where the server means it
        // (429, 503), in both forms (delta-seconds, HTTP date). Without the header the retry's own backoff applies.
        options.Retry.ShouldRetryAfterHeader = false;
        options.Retry.DelayGenerator = args =>
            new ValueTask<TimeSpan?>(args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, timeProvider) : null);

        options.CircuitBreaker.FailureRatio = FailureRatio;
        options.CircuitBreaker.MinimumThroughput = MinimumThroughput;
        options.CircuitBreaker.SamplingDuration = SamplingDuration;
        options.CircuitBreaker.BreakDuration = BreakDuration;
        var isFailure = options.CircuitBreaker.ShouldHandle;

        // A 429 is the server pacing this client, not an outage: it is retried after its Retry-After and never opens the circuit.
        options.CircuitBreaker.ShouldHandle = args =>
            args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests ? PredicateResult.False() : isFailure(args);
    }

    /// <summary>The pipeline of a client without DI, built from the same options as the standard handler's.</summary>
    /// <param name="timeProvider">The clock of timeouts, backoff and the circuit.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline<HttpResponseMessage> BuildPipeline(TimeProvider timeProvider)
    {
        var options = new HttpStandardResilienceOptions();
        Configure(options, timeProvider);

        // The standard handler's order: rate limiter, total timeout, retry, circuit breaker, attempt timeout. The
        // telemetry has no logger here (the client built without DI has none); its metrics carry the same severities
        // as the DI client's.
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .ConfigureTelemetry(new TelemetryOptions { SeverityProvider = static args => ResilienceLogLevels.SeverityOf(args.Event) })
            .AddRateLimiter(options.RateLimiter)
            .AddTimeout(options.TotalRequestTimeout)
            .AddRetry(options.Retry)
            .AddCircuitBreaker(options.CircuitBreaker)
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>
    /// The handler chain of a client without DI: the pipeline over the <see cref="SingleSendHandler"/> over the network.
    /// </summary>
    /// <param name="timeProvider">The clock of timeouts, backoff and the circuit.</param>
    /// <param name="primaryHandler">The network handler; a new <see cref="SocketsHttpHandler"/> when null.</param>
    /// <returns>The outermost handler.</returns>
    public static HttpMessageHandler CreateHandler(TimeProvider timeProvider, HttpMessageHandler? primaryHandler = null) =>
        new ResilienceHandler(BuildPipeline(timeProvider))
        {
            InnerHandler = new SingleSendHandler { InnerHandler = primaryHandler ?? new SocketsHttpHandler() },
        };

    private static bool IsConnectionUpsert(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(RetryPolicy.ConnectionUpsertKey, out var upsert) && upsert;
}
