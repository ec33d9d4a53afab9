using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Activepieces.SharedCache.Tests.Support;

/// <summary>
/// One backend replica: its own DI container with <c>AddActivepieces(…).UseDistributedEnsureCache()</c> over Redis
/// (Garnet), as a process of a deployment would have; its logs are collected.
/// <para>
/// The cache's operation timeout is 30 s unless a test sets its own, and the constructor returns once the replica's Redis
/// connection answers: on a loaded machine the first connection can take longer than the 500 ms default, and a replica
/// that counted it as an outage would skip the cache and send requests the figures do not expect.
/// </para>
/// </summary>
public sealed class Replica : IAsyncDisposable
{
    /// <param name="emulator">The server.</param>
    /// <param name="redisConfiguration">The StackExchange.Redis configuration of the shared cache.</param>
    /// <param name="configure">Changes to the shared cache's options.</param>
    /// <param name="services">Last changes to the container (e.g. <see cref="ReplicaServices"/>).</param>
    public Replica(
        EmulatorHarness emulator,
        string redisConfiguration,
        Action<DistributedEnsureCacheOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        collection.AddFakeLogging();
        collection.AddStackExchangeRedisCache(o => o.Configuration = redisConfiguration);
        collection.AddActivepieces(o =>
            {
                o.InstanceUrl = emulator.Emulator.BaseUrl;
                o.ApiKey = emulator.Emulator.ApiKey;
            })
            .UseDistributedEnsureCache(o =>
            {
                o.OperationTimeout = TimeSpan.FromSeconds(30);
                configure?.Invoke(o);
            });
        services?.Invoke(collection);
        Services = collection.BuildServiceProvider();
        Services.GetRequiredService<IDistributedCache>().Get("replica-warm-up");
    }

    public ServiceProvider Services { get; }

    /// <summary>A typed client, as a request scope gets one.</summary>
    public ActivepiecesClient Client => Services.GetRequiredService<ActivepiecesClient>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
