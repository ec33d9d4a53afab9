using System.Collections.Concurrent;
using System.Diagnostics;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>
/// Several backend replicas (separate DI containers with the recommended <c>AddActivepieces</c> setup) mint embed
/// sessions concurrently — project get-or-create, then Ensure of the org's connection — over many orgs while the
/// emulator injects 503s, 429s and connections dropped before and after the commit. Afterwards each org has exactly one
/// project and one connection holding its newest value, every failure a caller saw is one of the two documented types,
/// and no secret is in any log line or exception.
/// </summary>
/// <remarks>
/// No timing: each replica's resilience pipeline runs on its own <see cref="FakeTimeProvider"/> with zero retry
/// backoff and the 429s ask for <c>Retry-After: 0</c>; when a caller meets the open circuit, the replica's clock is moved
/// past the break duration (the time an outage would take to pass). Rounds are separated by barriers, so "newest" is
/// well defined: the value of the last round.
/// </remarks>
public sealed class ReliabilityUnderFaultsTests
{
    private const int Replicas = 4;
    private const int Orgs = 50;
    private const int Rounds = 5;
    private const int ParallelMintsPerReplica = 8;
    private const double ServiceUnavailableRate = 0.10;
    private const double DropBeforeCommitRate = 0.05;
    private const double DropAfterCommitRate = 0.05;
    private const double TooManyRequestsRate = 0.05;

    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string SecretOf(int org, int round) => $"gk-secret-org{org}-round{round}-Zq81";

    private static string OrgId(int org) => "org_" + org;

    private sealed class Replica : IAsyncDisposable
    {
        public Replica(ActivepiecesEmulator emulator, IDistributedCache? sharedCache)
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(Time);
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
            services.AddFakeLogging();
            var builder = services.AddActivepieces(o =>
            {
                o.InstanceUrl = emulator.BaseUrl;
                o.ApiKey = emulator.ApiKey;
            });
            if (sharedCache is not null)
            {
                // One L2 for all replicas (in memory here; Redis in production, see the SharedCache tests).
                services.AddSingleton(sharedCache);
                builder.UseDistributedEnsureCache();
            }

            services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
            {
                o.Retry.Delay = TimeSpan.Zero;
                o.Retry.UseJitter = false;
            });
            Services = services.BuildServiceProvider();
            BreakDuration = new HttpStandardResilienceOptions().CircuitBreaker.BreakDuration;
        }

        public FakeTimeProvider Time { get; } = new();

        public ServiceProvider Services { get; }

        public TimeSpan BreakDuration { get; }

        public FakeLogCollector Logs => Services.GetFakeLogCollector();

        public ValueTask DisposeAsync() => Services.DisposeAsync();

        /// <summary>What the sample's POST /embed-token does, with a fresh typed client as a request scope would get.</summary>
        public async Task MintAsync(int org, int round, ConcurrentQueue<Exception> failures)
        {
            var client = Services.GetRequiredService<ActivepiecesClient>();
            try
            {
                await client.Projects.GetOrCreateAsync(OrgId(org), cancellationToken: Ct);
                await client.PredefinedConnections.EnsureAsync(Gelato, OrgId(org), new SecretTextValue(SecretOf(org, round)), Ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !Ct.IsCancellationRequested)
            {
                failures.Enqueue(e);
                if (e is ActivepiecesUnavailableException { Reason: ActivepiecesUnavailableReason.CircuitBroken })
                {
                    Time.Advance(BreakDuration); // the outage passes; the circuit lets a probe through
                }

                throw;
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Concurrent_replicas_converge_to_one_project_and_one_newest_connection_per_org(bool sharedCache)
    {
        var options = new ActivepiecesEmulatorOptions { FaultSeed = 20261201 }.AddPiece(TestPieceFiles.Gelato, "0.1.0");
        options.Faults.Add(FaultRule.WithProbability("*", "/api/v1/**", ServiceUnavailableRate, Fault.ServiceUnavailable));
        options.Faults.Add(FaultRule.WithProbability("*", "/api/v1/**", DropBeforeCommitRate, Fault.DropConnection));
        options.Faults.Add(FaultRule.WithProbability("*", "/api/v1/**", DropAfterCommitRate, Fault.DropConnectionAfterCommit));
        options.Faults.Add(FaultRule.WithProbability("*", "/api/v1/**", TooManyRequestsRate, Fault.TooManyRequests(TimeSpan.Zero)));
        await using var emulator = await ActivepiecesEmulator.StartAsync(options, Ct);
        var shared = sharedCache ? new MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new MemoryDistributedCacheOptions())) : null;
        var replicas = Enumerable.Range(0, Replicas).Select(_ => new Replica(emulator, shared)).ToArray();
        var failures = new ConcurrentQueue<Exception>();
        var mints = 0;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            for (var round = 1; round <= Rounds; round++)
            {
                var r = round;
                await Task.WhenAll(replicas.Select(replica => Parallel.ForEachAsync(
                    Enumerable.Range(0, Orgs),
                    new ParallelOptions { MaxDegreeOfParallelism = ParallelMintsPerReplica, CancellationToken = Ct },
                    async (org, _) =>
                    {
                        Interlocked.Increment(ref mints);
                        try
                        {
                            await replica.MintAsync(org, r, failures);
                        }
                        catch (ActivepiecesException)
                        {
                            // recorded; the customer would retry the login
                        }
                    })));
            }

            // Each org's last login is retried until it succeeds, still under faults.
            for (var org = 0; org < Orgs; org++)
            {
                for (var attempt = 1; ; attempt++)
                {
                    Assert.True(attempt <= 50, $"{OrgId(org)}: the final mint did not succeed in 50 attempts.");
                    mints++;
                    try
                    {
                        await replicas[org % Replicas].MintAsync(org, Rounds, failures);
                        break;
                    }
                    catch (ActivepiecesException)
                    {
                    }
                }
            }

            stopwatch.Stop();
            var requests = emulator.RequestCount;
            var faulted = emulator.RequestLog.Count(request => request.Fault != FaultKind.None);

            for (var org = 0; org < Orgs; org++)
            {
                var project = Assert.Single(emulator.Projects, p => p.ExternalId == OrgId(org));
                var connection = Assert.Single(emulator.Connections, c => c.ExternalId == "gelato_" + OrgId(org));
                Assert.Equal([project.Id], connection.ProjectIds);
                Assert.Contains(SecretOf(org, Rounds), connection.ValueJson, StringComparison.Ordinal);
            }

            Assert.NotEmpty(failures);
            Assert.All(failures, e => Assert.True(
                e.GetType() == typeof(ActivepiecesApiException) || e.GetType() == typeof(ActivepiecesUnavailableException),
                $"A caller saw {e.GetType().FullName}: {e.Message}"));

            var texts = failures.Select(e => e.ToString())
                .Concat(replicas.SelectMany(replica => replica.Logs.GetSnapshot())
                    .Select(log => log.Category + ": " + log.Message + " " + log.Exception + " " + string.Join(",", log.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? [])))
                .ToList();
            Assert.NotEmpty(texts);
            foreach (var text in texts)
            {
                Assert.False(text.Contains("gk-secret-", StringComparison.Ordinal), "A connection value leaked: " + text[..Math.Min(text.Length, 400)]);
                Assert.False(text.Contains(emulator.ApiKey[3..], StringComparison.Ordinal), "The API key leaked: " + text[..Math.Min(text.Length, 400)]);
            }

            var byType = failures.GroupBy(e => e is ActivepiecesUnavailableException u ? "Unavailable/" + u.Reason : "Api/" + (int)((ActivepiecesApiException)e).StatusCode)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}={g.Count()}");
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"shared-cache={sharedCache} replicas={Replicas} orgs={Orgs} rounds={Rounds} mints={mints} requests={requests} faulted={faulted} " +
                $"rates(503={ServiceUnavailableRate}, drop-before={DropBeforeCommitRate}, drop-after={DropAfterCommitRate}, 429={TooManyRequestsRate}) " +
                $"caller-failures={failures.Count} [{string.Join(", ", byType)}] log-lines={texts.Count - failures.Count} time={stopwatch.Elapsed.TotalSeconds:F1}s");
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }
}
