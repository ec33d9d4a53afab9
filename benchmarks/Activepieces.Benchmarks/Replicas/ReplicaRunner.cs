using System.Diagnostics;
using System.Globalization;
using Activepieces.Benchmarks.HttpCalls;
using Activepieces.Benchmarks.RequestBodies;
using Activepieces.Emulator;
using Activepieces.SharedCache.Tests.Support;

namespace Activepieces.Benchmarks.Replicas;

/// <summary>
/// N replicas (separate DI containers) of a backend against the in-process emulator, with the Ensure cache shared through
/// an in-process Garnet and, in the same run, without it (each replica's own memory, today's behaviour). Requests are
/// counted at the emulator; every scenario starts on a fresh emulator and its own key prefix in Garnet.
/// </summary>
public static class ReplicaRunner
{
    /// <summary>The orgs of the published table.</summary>
    public const int DefaultOrgs = 1_000;

    /// <summary>The orgs of the smoke run.</summary>
    public const int QuickOrgs = 30;

    /// <summary>The replica counts measured.</summary>
    public static IReadOnlyList<int> ReplicaCounts { get; } = [1, 4, 8];

    /// <summary>Runs every scenario for every replica count.</summary>
    /// <param name="orgs">The orgs per scenario.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The figures: per replica count, staggered, restart and rotation; then the concurrent cold starts.</returns>
    public static async Task<IReadOnlyList<ReplicaFigure>> RunAsync(int orgs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(orgs, 1);
        var ids = Enumerable.Range(0, orgs).Select(i => "org_" + i.ToString("D4", CultureInfo.InvariantCulture)).ToArray();
        using var garnet = new GarnetInProcess();
        var figures = new List<ReplicaFigure>();
        var run = 0;
        foreach (var replicas in ReplicaCounts)
        {
            var shared = await OneAfterTheOtherAsync(replicas, ids, garnet.Configuration, Prefix(run++), cancellationToken).ConfigureAwait(false);
            var baseline = await OneAfterTheOtherAsync(replicas, ids, redisConfiguration: null, Prefix(run++), cancellationToken).ConfigureAwait(false);
            figures.Add(new ReplicaFigure(ReplicaScenario.Staggered, replicas, orgs, shared.Staggered, baseline.Staggered));
            figures.Add(new ReplicaFigure(ReplicaScenario.Restart, replicas, orgs, shared.Restart, baseline.Restart));
            figures.Add(new ReplicaFigure(ReplicaScenario.Rotation, replicas, orgs, shared.Rotation, baseline.Rotation));
        }

        foreach (var replicas in ReplicaCounts)
        {
            var shared = await ConcurrentColdStartAsync(replicas, ids, garnet.Configuration, Prefix(run++), cancellationToken).ConfigureAwait(false);
            var baseline = await ConcurrentColdStartAsync(replicas, ids, redisConfiguration: null, Prefix(run++), cancellationToken).ConfigureAwait(false);
            figures.Add(new ReplicaFigure(ReplicaScenario.ConcurrentColdStart, replicas, orgs, shared, baseline));
        }

        return figures;
    }

    /// <summary>The value an org's replicas ensure; a new <paramref name="version"/> is a rotation.</summary>
    /// <param name="org">The org.</param>
    /// <param name="version">The credential version.</param>
    /// <returns>A new instance each call, as each mint in a backend builds one.</returns>
    public static GelatoStoreConnection ValueOf(string org, int version) =>
        GelatoStoreConnectionPiece.CredentialsOf(org) with { ApiKey = "gelato-key-SECRET-v" + version.ToString(CultureInfo.InvariantCulture) + "-" + org };

    /// <summary>Ensures every org's value on one replica, one org after the other.</summary>
    /// <param name="replica">The replica.</param>
    /// <param name="ids">The orgs.</param>
    /// <param name="version">The credential version.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task that completes when every org is ensured.</returns>
    public static async Task EnsureAllAsync(BenchmarkReplica replica, IReadOnlyList<string> ids, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentNullException.ThrowIfNull(ids);
        var client = replica.Client;
        foreach (var org in ids)
        {
            await client.EnsureGelatoStoreConnectionAsync(org, ValueOf(org, version), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A fresh emulator serving the Gelato piece, with no project.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The emulator; dispose it.</returns>
    public static Task<ActivepiecesEmulator> StartEmulatorAsync(CancellationToken cancellationToken) =>
        ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(GelatoStoreConnectionPiece.Name), cancellationToken);

    /// <summary>Counts what the emulator served since its log was last reset.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="elapsed">The phase's wall time.</param>
    /// <returns>The counts.</returns>
    public static RequestCounts Count(ActivepiecesEmulator emulator, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var refused = emulator.RequestLog.Count(r => r.Method == "POST" && r.Path == "/api/v1/projects" && r.StatusCode == 500);
        return new RequestCounts(
            emulator.RequestCount,
            emulator.CountRequests("GET", "/api/v1/projects"),
            emulator.CountRequests("POST", "/api/v1/projects"),
            refused,
            emulator.CountRequests("POST", "/api/v1/global-connections"),
            elapsed);
    }

    private static string Prefix(int run) => "bench" + run.ToString(CultureInfo.InvariantCulture) + ":";

    private static async Task<(RequestCounts Staggered, RequestCounts Restart, RequestCounts Rotation)> OneAfterTheOtherAsync(
        int replicaCount, string[] ids, string? redisConfiguration, string prefix, CancellationToken cancellationToken)
    {
        await using var emulator = await StartEmulatorAsync(cancellationToken).ConfigureAwait(false);
        var replicas = Enumerable.Range(0, replicaCount).Select(_ => new BenchmarkReplica(emulator, redisConfiguration, prefix)).ToList();
        try
        {
            var staggered = await MeasureAsync(emulator, async () =>
            {
                foreach (var replica in replicas)
                {
                    await EnsureAllAsync(replica, ids, 1, cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);

            RequestCounts restart;
            await using (var fresh = new BenchmarkReplica(emulator, redisConfiguration, prefix))
            {
                restart = await MeasureAsync(emulator, () => EnsureAllAsync(fresh, ids, 1, cancellationToken)).ConfigureAwait(false);
                CheckNoOutage(fresh);
            }

            // Every replica's memory holds version 1; replica 1 ensures version 2 first, then the others.
            var rotation = await MeasureAsync(emulator, async () =>
            {
                foreach (var replica in replicas)
                {
                    await EnsureAllAsync(replica, ids, 2, cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);

            replicas.ForEach(CheckNoOutage);
            CheckOneProjectAndConnectionPerOrg(emulator, ids.Length);
            return (staggered, restart, rotation);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<RequestCounts> ConcurrentColdStartAsync(
        int replicaCount, string[] ids, string? redisConfiguration, string prefix, CancellationToken cancellationToken)
    {
        await using var emulator = await StartEmulatorAsync(cancellationToken).ConfigureAwait(false);
        var replicas = Enumerable.Range(0, replicaCount).Select(_ => new BenchmarkReplica(emulator, redisConfiguration, prefix)).ToList();
        try
        {
            // Every replica is built and connected first; the gate then releases them together on the same orgs, in the
            // same order (the worst case for collisions: a deploy's replicas asked for the same orgs at the same moment).
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var runs = replicas.Select(replica => Task.Run(
                async () =>
                {
                    await start.Task.ConfigureAwait(false);
                    await EnsureAllAsync(replica, ids, 1, cancellationToken).ConfigureAwait(false);
                },
                cancellationToken)).ToArray();
            var counts = await MeasureAsync(emulator, () =>
            {
                start.SetResult();
                return Task.WhenAll(runs);
            }).ConfigureAwait(false);
            replicas.ForEach(CheckNoOutage);
            CheckOneProjectAndConnectionPerOrg(emulator, ids.Length);
            return counts;
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<RequestCounts> MeasureAsync(ActivepiecesEmulator emulator, Func<Task> run)
    {
        emulator.ResetRequestLog();
        var stopwatch = Stopwatch.StartNew();
        await run().ConfigureAwait(false);
        stopwatch.Stop();
        return Count(emulator, stopwatch.Elapsed);
    }

    private static void CheckNoOutage(BenchmarkReplica replica)
    {
        if (replica.CacheOutages != 0)
        {
            throw new InvalidOperationException("The shared cache had an outage during the run; its figures would be measured without it.");
        }
    }

    private static void CheckOneProjectAndConnectionPerOrg(ActivepiecesEmulator emulator, int orgs)
    {
        var projects = emulator.Projects.Where(p => p.ExternalId is not null).GroupBy(p => p.ExternalId, StringComparer.Ordinal).ToList();
        var connections = emulator.Connections.GroupBy(c => c.ExternalId, StringComparer.Ordinal).ToList();
        if (projects.Count != orgs || projects.Any(g => g.Count() != 1) || connections.Count != orgs || connections.Any(g => g.Count() != 1))
        {
            throw new InvalidOperationException(
                $"Expected one project and one connection for each of {orgs} orgs; found {emulator.Projects.Count} projects and {emulator.Connections.Count} connections.");
        }
    }
}
