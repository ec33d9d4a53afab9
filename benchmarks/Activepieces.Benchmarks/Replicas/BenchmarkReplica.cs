using Activepieces.Emulator;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Activepieces.Benchmarks.Replicas;

/// <summary>
/// One backend replica: its own DI container with <c>AddActivepieces(…)</c>, with or without
/// <c>UseDistributedEnsureCache()</c> over Redis (the in-process Garnet), as one process of a deployment would have.
/// The shared cache's outage warnings are counted, so a run can fail when a figure was measured without the cache.
/// </summary>
public sealed class BenchmarkReplica : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly OutageCounter _outages = new();

    /// <summary>Creates the replica; with a shared cache, returns once its Redis connection answers.</summary>
    /// <param name="emulator">The server.</param>
    /// <param name="redisConfiguration">The StackExchange.Redis configuration of the shared cache, or null for none (today's behaviour).</param>
    /// <param name="keyPrefix">The shared cache's key prefix (one per scenario, so scenarios do not see each other's entries).</param>
    /// <param name="ensureCacheDuration">The client's own Ensure cache duration; null for the default (5 minutes).</param>
    public BenchmarkReplica(ActivepiecesEmulator emulator, string? redisConfiguration, string keyPrefix = "activepieces:", TimeSpan? ensureCacheDuration = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_outages));
        var client = services.AddActivepieces(o =>
        {
            o.InstanceUrl = emulator.BaseUrl;
            o.ApiKey = emulator.ApiKey;
            if (ensureCacheDuration is { } duration)
            {
                o.EnsureCacheDuration = duration;
            }
        });
        if (redisConfiguration is not null)
        {
            services.AddStackExchangeRedisCache(o => o.Configuration = redisConfiguration);

            // A generous timeout: on a loaded 2-core machine a slow Redis answer would otherwise count as an outage and
            // turn a cache hit into requests the figures do not expect (the run fails on any outage instead).
            client.UseDistributedEnsureCache(o =>
            {
                o.KeyPrefix = keyPrefix;
                o.OperationTimeout = TimeSpan.FromSeconds(30);
            });
        }

        _services = services.BuildServiceProvider();
        if (redisConfiguration is not null)
        {
            _services.GetRequiredService<IDistributedCache>().Get("replica-warm-up");
        }

        Client = _services.GetRequiredService<ActivepiecesClient>();
    }

    /// <summary>The replica's client.</summary>
    public ActivepiecesClient Client { get; }

    /// <summary>The shared-cache outages the client logged (one warning each).</summary>
    public int CacheOutages => _outages.Count;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>Counts the client's "shared Ensure cache unavailable" warnings (event 20).</summary>
    private sealed class OutageCounter : ILoggerProvider, ILogger
    {
        private const int UnavailableEventId = 20;

        private int _count;

        public int Count => Volatile.Read(ref _count);

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == UnavailableEventId && IsEnabled(logLevel))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void Dispose()
        {
        }
    }
}
