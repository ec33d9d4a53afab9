using Activepieces;
using Activepieces.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IActivepiecesClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class ActivepiecesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IActivepiecesClient"/> as a typed HTTP client with the standard resilience handler (only
    /// GET, DELETE and idempotent upserts are retried; creating a project is never blindly repeated) and options that
    /// are validated when the host starts.
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
    /// Registers <see cref="IActivepiecesClient"/> bound to a configuration section, e.g.
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
        var builder = services.AddHttpClient<IActivepiecesClient, ActivepiecesClient>(static (http, provider) => new ActivepiecesClient(
            http,
            provider.GetRequiredService<IOptions<ActivepiecesOptions>>().Value,
            provider.GetService<ILogger<ActivepiecesClient>>(),
            provider.GetService<TimeProvider>(),
            provider.GetRequiredService<ActivepiecesClientState>(),
            ownsHttpClient: false));
        builder.AddStandardResilienceHandler(ConfigureResilience);
        return builder;
    }

    /// <summary>Retries only requests that are safe to repeat; everything else fails on its first transient fault.</summary>
    internal static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        var isTransient = options.Retry.ShouldHandle;
        options.Retry.ShouldHandle = args =>
            RetryPolicy.IsRetrySafe(args.Context.GetRequestMessage()) ? isTransient(args) : PredicateResult.False();
    }
}
