using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Activepieces.SharedCache.Tests.Support;

/// <summary>Container changes a test gives a <see cref="Replica"/>.</summary>
public static class ReplicaServices
{
    /// <summary>
    /// Turns the replica's own Ensure cache (L1) off, so every Ensure reads the shared cache: the replica behaves as one
    /// whose L1 entry has expired.
    /// </summary>
    public static void WithoutLocalEnsureCache(IServiceCollection services) =>
        services.Configure<ActivepiecesOptions>(o => o.EnsureCacheDuration = TimeSpan.Zero);

    /// <summary>Puts <paramref name="gate"/> between the replica's HybridCache and Redis.</summary>
    public static Action<IServiceCollection> Through(RemovalGate gate, string redisConfiguration) => services =>
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(
            _ => gate.Wrap(new RedisCache(Options.Create(new RedisCacheOptions { Configuration = redisConfiguration })))));
}
