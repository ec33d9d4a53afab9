using Activepieces;
using Activepieces.Provisioning;
using Activepieces.Provisioning.Distributed;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares the Ensure and project-id caches of <see cref="ActivepiecesClient"/> between replicas.</summary>
public static class ActivepiecesDistributedCacheExtensions
{
    /// <summary>
    /// Keeps Ensure results and project ids in the container's <see cref="HybridCache"/> as well as in process memory, so
    /// replicas that share its distributed cache (e.g. <c>AddStackExchangeRedisCache</c>) send an upsert once per value,
    /// not once per replica, and a restarted replica sends nothing for orgs that are already right. Registers a
    /// <see cref="HybridCache"/> with <c>AddHybridCache()</c> when the container has none. The shared entries hold a keyed
    /// fingerprint of the upsert body (HMAC-SHA256, key derived from the API key) and the connection's ids and names,
    /// never a credential, value, authorization code or the API key. When the cache fails or is slow, Ensure goes on with
    /// its local cache and the server. Without a distributed cache other than the in-process <c>MemoryDistributedCache</c>
    /// (which <see cref="HybridCache"/> does not use as its second level) the caches stay per process, with one warning.
    /// </summary>
    /// <param name="builder">The builder <c>AddActivepieces</c> returned.</param>
    /// <param name="configure">Sets the key prefix and the entry lifetimes.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder UseDistributedEnsureCache(this IHttpClientBuilder builder, Action<DistributedEnsureCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<DistributedEnsureCacheOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(static o => !string.IsNullOrEmpty(o.KeyPrefix), "DistributedEnsureCacheOptions.KeyPrefix must not be empty.")
            .Validate(static o => o.EnsureEntryLifetime > TimeSpan.Zero, "DistributedEnsureCacheOptions.EnsureEntryLifetime must be positive.")
            .Validate(static o => o.ProjectIdEntryLifetime > TimeSpan.Zero, "DistributedEnsureCacheOptions.ProjectIdEntryLifetime must be positive.")
            .Validate(static o => o.OAuthEntryLifetime > TimeSpan.Zero, "DistributedEnsureCacheOptions.OAuthEntryLifetime must be positive.")
            .Validate(static o => o.OperationTimeout > TimeSpan.Zero, "DistributedEnsureCacheOptions.OperationTimeout must be positive.")
            .ValidateOnStart();

        if (!services.Any(static d => d.ServiceType == typeof(HybridCache)))
        {
            services.AddHybridCache();
        }

        services.Replace(ServiceDescriptor.Singleton(static provider =>
        {
            var logger = (ILogger?)provider.GetService<ILogger<ActivepiecesClient>>() ?? NullLogger.Instance;

            // HybridCache ignores a MemoryDistributedCache as its L2 (it would only repeat its own memory), so every read
            // of the shared half would miss and cost a project lookup: without a real L2 the caches stay per process.
            if (provider.GetService<IDistributedCache>() is null or MemoryDistributedCache)
            {
                SharedCacheLog.NoDistributedCache(logger);
                return new ActivepiecesClientState();
            }

            return new ActivepiecesClientState
            {
                Shared = new SharedEnsureCache(
                    provider.GetRequiredService<HybridCache>(),
                    provider.GetRequiredService<IOptions<DistributedEnsureCacheOptions>>().Value,
                    provider.GetRequiredService<IOptions<ActivepiecesOptions>>().Value.ApiKey
                        ?? throw new InvalidOperationException("ActivepiecesOptions.ApiKey is required for the shared Ensure cache."),
                    logger,
                    provider.GetService<TimeProvider>() ?? TimeProvider.System),
            };
        }));
        return builder;
    }
}
