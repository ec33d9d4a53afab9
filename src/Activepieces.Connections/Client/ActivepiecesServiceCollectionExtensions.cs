using Activepieces;
using Activepieces.Provisioning;
using Activepieces.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

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
    /// logs method, path, status and elapsed time through <c>ILogger&lt;ActivepiecesClient&gt;</c>: successful calls
    /// at Debug, each retry once at Information, a failed call once at Warning without a stack trace. Polly's own events
    /// for the client's pipeline are lowered to Debug (an opened circuit stays a Warning); other pipelines are unchanged.
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
            ActivepiecesResilience.Configure(options, provider.GetService<TimeProvider>() ?? TimeProvider.System));

        // Polly logs every attempt at Information and every retry with its stack trace; the client's pipelines log at
        // Debug instead, with one Information line per retry and the client's own Warning for a call that failed.
        var pipelineNamePrefix = builder.Name + "-";
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<TelemetryOptions>, ResilienceTelemetrySetup>(provider =>
            new ResilienceTelemetrySetup(pipelineNamePrefix, provider.GetService<ILogger<ActivepiecesClient>>())));

        // Added after every user configuration, so it is the innermost handler: whatever pipeline a user adds or changes
        // through the returned builder, project creation and OAuth upserts reach the network at most once.
        services.PostConfigure<HttpClientFactoryOptions>(builder.Name, static options =>
            options.HttpMessageHandlerBuilderActions.Add(static handlers => handlers.AdditionalHandlers.Add(new SingleSendHandler())));
        return builder;
    }
}
