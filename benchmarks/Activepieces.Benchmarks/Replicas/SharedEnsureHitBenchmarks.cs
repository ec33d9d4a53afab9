using Activepieces.Benchmarks.HttpCalls;
using Activepieces.Benchmarks.Infrastructure;
using Activepieces.Benchmarks.RequestBodies;
using Activepieces.Emulator;
using Activepieces.SharedCache.Tests.Support;
using Activepieces.TestSupport;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace Activepieces.Benchmarks.Replicas;

/// <summary>
/// The hit path of <c>EnsureGelatoStoreConnectionAsync</c> with the shared cache: answered from the replica's own memory
/// (L1) with <c>UseDistributedEnsureCache()</c> on, against today's in-memory hit (the baseline); and answered from L2 (a
/// replica whose own Ensure cache is off, so every call reads the org's entry and project id from an in-process Garnet
/// over loopback, fingerprints the body and matches), with one plain Redis GET as the floor of that round trip.
/// Setup and cleanup fail if a measured call reached the server.
/// </summary>
[SuiteJob(SuiteJobKind.Standard)]
public class SharedEnsureHitBenchmarks
{
    private const string FloorKey = "bench-hit:floor";

    private EmulatorHarness _environment = null!;
    private ActivepiecesEmulator _emulator = null!;
    private GarnetInProcess _garnet = null!;
    private BenchmarkReplica _memoryOnly = null!;
    private BenchmarkReplica _sharedL1 = null!;
    private BenchmarkReplica _sharedL2 = null!;
    private RedisCache _redis = null!;
    private string _org = null!;
    private GelatoStoreConnection _value = null!;

    /// <summary>Starts the emulator and Garnet, and ensures the org once on each replica.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _environment = GelatoOrgs.StartAsync(1, CancellationToken.None).GetAwaiter().GetResult();
        _emulator = _environment.Emulator;
        _garnet = new GarnetInProcess();
        _org = GelatoOrgs.Org(0);
        _value = GelatoStoreConnectionPiece.CredentialsOf(_org);
        _memoryOnly = new BenchmarkReplica(_emulator, redisConfiguration: null);
        _sharedL1 = new BenchmarkReplica(_emulator, _garnet.Configuration, "bench-hit:");
        _sharedL2 = new BenchmarkReplica(_emulator, _garnet.Configuration, "bench-hit:", ensureCacheDuration: TimeSpan.Zero);
        _redis = new RedisCache(new RedisCacheOptions { Configuration = _garnet.Configuration });
        _redis.Set(FloorKey, new byte[200], new Microsoft.Extensions.Caching.Distributed.DistributedCacheEntryOptions());

        MemoryOnlyHit().AsTask().GetAwaiter().GetResult();
        SharedL1Hit().AsTask().GetAwaiter().GetResult();
        _emulator.ResetRequestLog();
        if (!MemoryOnlyHit().IsCompletedSuccessfully || !SharedL1Hit().IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("An L1 hit did not complete synchronously.");
        }

        SharedL2Hit().AsTask().GetAwaiter().GetResult();
        if (_emulator.RequestCount != 0)
        {
            throw new InvalidOperationException("A cached Ensure made a request.");
        }
    }

    /// <summary>Stops everything, failing if any measured call reached the server or the shared cache had an outage.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var requests = _emulator.RequestCount;
        var outages = _sharedL1.CacheOutages + _sharedL2.CacheOutages;
        _redis.Dispose();
        _memoryOnly.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _sharedL1.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _sharedL2.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _garnet.Dispose();
        _environment.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (requests != 0 || outages != 0)
        {
            throw new InvalidOperationException($"The measured Ensure calls made {requests} requests; the shared cache had {outages} outages.");
        }
    }

    /// <summary>Today's hit: the replica's own memory, no shared cache.</summary>
    /// <returns>The pending (completed) result.</returns>
    [Benchmark(Baseline = true, Description = "Ensure, L1 hit, no shared cache (today)")]
    public ValueTask<AppConnection> MemoryOnlyHit() => _memoryOnly.Client.EnsureGelatoStoreConnectionAsync(_org, _value);

    /// <summary>The same hit with <c>UseDistributedEnsureCache()</c> on: L1 answers, L2 is not asked.</summary>
    /// <returns>The pending (completed) result.</returns>
    [Benchmark(Description = "Ensure, L1 hit, shared cache on")]
    public ValueTask<AppConnection> SharedL1Hit() => _sharedL1.Client.EnsureGelatoStoreConnectionAsync(_org, _value);

    /// <summary>An Ensure that L1 cannot answer and L2 (Garnet over loopback) does: two reads in parallel, the fingerprint, the match.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "Ensure answered from L2 (in-process Garnet, loopback)")]
    public ValueTask<AppConnection> SharedL2Hit() => _sharedL2.Client.EnsureGelatoStoreConnectionAsync(_org, _value);

    /// <summary>One GET of a 200-byte value through the same Redis client: the floor of an L2 read.</summary>
    /// <returns>The value.</returns>
    [Benchmark(Description = "Redis GET of 200 B (floor of an L2 read)")]
    public Task<byte[]?> RedisGet() => _redis.GetAsync(FloorKey);
}
