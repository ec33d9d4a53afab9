using Activepieces.Provisioning;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Activepieces.Tests.Client;

/// <summary>What <c>UseDistributedEnsureCache</c> shares, depending on the container's distributed cache.</summary>
public sealed class DistributedEnsureCacheRegistrationTests
{
    private const int NoDistributedCacheEvent = 22;

    [Fact]
    public void With_only_the_in_memory_distributed_cache_the_caches_stay_per_process_with_one_warning()
    {
        using var provider = Build(services => services.AddDistributedMemoryCache());

        Assert.Null(provider.GetRequiredService<ActivepiecesClientState>().Shared);
        var warning = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), l => l.Id.Id == NoDistributedCacheEvent);
        Assert.Contains("MemoryDistributedCache", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ApiKey, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_distributed_cache_the_caches_stay_per_process()
    {
        using var provider = Build(_ => { });

        Assert.Null(provider.GetRequiredService<ActivepiecesClientState>().Shared);
        Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), l => l.Id.Id == NoDistributedCacheEvent);
    }

    [Fact]
    public void With_a_distributed_cache_replicas_can_share_the_caches_are_shared_without_a_warning()
    {
        using var provider = Build(services => services.AddSingleton<IDistributedCache, ElsewhereCache>());

        Assert.NotNull(provider.GetRequiredService<ActivepiecesClientState>().Shared);
        Assert.DoesNotContain(provider.GetFakeLogCollector().GetSnapshot(), l => l.Id.Id == NoDistributedCacheEvent);
    }

    private static ServiceProvider Build(Action<IServiceCollection> addCache)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
        addCache(services);
        services.AddActivepieces(o =>
            {
                o.InstanceUrl = new Uri("https://activepieces.example.com");
                o.ApiKey = TestData.ApiKey;
            })
            .UseDistributedEnsureCache();
        return services.BuildServiceProvider();
    }

    /// <summary>Stands for a cache outside the process (Redis, SQL Server); never called by these tests.</summary>
    private sealed class ElsewhereCache : IDistributedCache
    {
        public byte[]? Get(string key) => null;

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult<byte[]?>(null);

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key)
        {
        }

        public Task RemoveAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
        {
        }

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Task.CompletedTask;
    }
}
