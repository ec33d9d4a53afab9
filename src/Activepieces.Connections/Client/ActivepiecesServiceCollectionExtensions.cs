using Activepieces;
using Activepieces.Provisioning;
using Activepieces.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ActivepiecesClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class ActivepiecesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ActivepiecesClient"/> as a typed HTTP client with the standard resilience handler and
    /// options that are validated when the host starts. Only GET, DELETE, updates and non-OAuth upserts are retried;
    /// creating a project and OAuth upserts (single-use authorization codes) are never blindly repeated; retries honour
    /// a 429/503 <c>Retry-After</c>. Failures that got no answer, including Polly's open-circuit, timeout and
    /// rate-limiter rejections, reach callers as <see cref="ActivepiecesUnavailableException"/>. The HTTP client
    /// factory's default request loggers are removed (their Trace events carry the raw Authorization header); the client
    /// logs method, path, status and elapsed time through <c>ILogger&lt;ActivepiecesClient&gt;</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the instance URL, API key and other options.</param>
    /// <returns>The HTTP client builder, to add handlers or change the resilience settings.</returns>
    public static IHttpClientBuilder AddActivepieces(this IServiceCollection services, Action<ActivepiecesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ActivepiecesOptions>().Configure(configure).ValidateOnStart();
        return AddClient(services);
    }

    /// <summary>
    /// Registers <see cref="ActivepiecesClient"/> bound to a configuration section, e.g.
    /// <c>{"InstanceUrl":"https://cloud.activepieces.com","ApiKey":"sk-…"}</c>; see <see cref="AddActivepieces(IServiceCollection, Action{ActivepiecesOptions})"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration section holding <see cref="ActivepiecesOptions"/>.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddActivepieces(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ActivepiecesOptions>().Bind(configuration).ValidateOnStart();
        return AddClient(services);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ActivepiecesOptions>, ActivepiecesOptionsValidator>());
        services.TryAddSingleton<ActivepiecesClientState>();
        var builder = services.AddHttpClient<ActivepiecesClient, ActivepiecesClient>(static (http, provider) => new ActivepiecesClient(
            http,
            provider.GetRequiredService<IOptions<ActivepiecesOptions>>().Value,
            provider.GetService<ILogger<ActivepiecesClient>>(),
            provider.GetService<TimeProvider>(),
            provider.GetRequiredService<ActivepiecesClientState>(),
            ownsHttpClient: false));

        // IHttpClientFactory's own loggers put the raw request headers, the API key included, into the structured state
        // of their Trace events (only the formatted message is redacted), where structured log sinks export them. The
        // client logs method, path, status and time itself (ActivepiecesLog), so those loggers are removed.
        builder.RemoveAllLoggers();
        builder.AddStandardResilienceHandler().Configure(static (options, provider) =>
            ConfigureResilience(options, provider.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder;
    }

    /// <summary>
    /// Retries only requests that are safe to repeat (never an OAuth upsert, whose authorization code is single-use);
    /// everything else fails on its first transient fault. A 429 or 503 with <c>Retry-After</c> waits that long before the
    /// retry, or is not retried when the wait exceeds <see cref="RetryPolicy.MaxRetryAfter"/> (the caller then gets the
    /// answer, with <see cref="ActivepiecesException.RetryAfter"/>).
    /// </summary>
    internal static void ConfigureResilience(HttpStandardResilienceOptions options, TimeProvider timeProvider)
    {
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
    }
}
