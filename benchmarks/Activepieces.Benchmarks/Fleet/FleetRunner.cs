using System.Diagnostics;
using System.Globalization;
using Activepieces.Benchmarks.HttpCalls;
using Activepieces.Benchmarks.RequestBodies;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;

namespace Activepieces.Benchmarks.Fleet;

/// <summary>
/// Sync and Audit of a whole fleet against the in-process emulator, measured once per phase (requests counted at the
/// emulator, wall time, process-wide allocations), with the documented flow run as a sequential loop for comparison,
/// and the audit run twice over equal fleets: through the platform-wide listing, and through the per-project pass that
/// servers without that listing (the emulator's <c>OmitConnectionRoutesAfter072</c>) leave.
/// </summary>
public static class FleetRunner
{
    /// <summary>The orgs of the published table.</summary>
    public const int DefaultOrgs = 10_000;

    /// <summary>The orgs of the smoke run.</summary>
    public const int QuickOrgs = 200;

    /// <summary>The name of the audit phase over the platform-wide listing.</summary>
    public const string PlatformListingAudit = "`AuditAsync`, platform-wide listing (0.86.x)";

    /// <summary>The name of the audit phase over the per-project pass.</summary>
    public const string PerProjectAudit = "`AuditAsync`, per-project pass (server without the listing)";

    /// <summary>The concurrency of the published Sync.</summary>
    public const int MaxConcurrency = 16;

    /// <summary>Runs every phase over <paramref name="orgs"/> new orgs.</summary>
    /// <param name="orgs">The number of orgs.</param>
    /// <param name="latency">
    /// Time the emulator waits before answering each request, standing in for the network and the server's own work
    /// that a remote instance costs and an in-process one does not; <see cref="TimeSpan.Zero"/> for none.
    /// </param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The phases, in the order they ran.</returns>
    public static async Task<IReadOnlyList<FleetPhase>> RunAsync(int orgs, TimeSpan latency, CancellationToken cancellationToken)
    {
        var phases = new List<FleetPhase>();
        var ids = Enumerable.Range(0, orgs).Select(i => "org_" + i.ToString("D5", CultureInfo.InvariantCulture)).ToArray();

        // The documented flow, one org after the other (GET the project, create it, upsert the connection), on its own emulator.
        await using (var emulator = await StartAsync(latency, cancellationToken).ConfigureAwait(false))
        {
            using var documented = new DocumentedFlowClient(emulator.BaseUrl, emulator.ApiKey);
            phases.Add(await MeasureAsync("Documented flow, sequential loop (new orgs)", orgs, emulator, async () =>
            {
                foreach (var org in ids)
                {
                    await documented.ProvisionAsync(org, Credentials(org, 1), cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false));
        }

        await using (var emulator = await StartAsync(latency, cancellationToken).ConfigureAwait(false))
        {
            var options = new SyncOptions { MaxConcurrency = MaxConcurrency };
            var descriptor = GelatoStoreConnection.ConnectionDescriptor;
            using (var client = NewClient(emulator))
            {
                var api = client.PredefinedConnections;
                phases.Add(await MeasureAsync($"`SyncAsync`, MaxConcurrency {MaxConcurrency} (new orgs)", orgs, emulator, async () =>
                    Check(await api.SyncAsync(descriptor, Items(ids, 1), options, cancellationToken).ConfigureAwait(false), orgs, 0)).ConfigureAwait(false));
                phases.Add(await MeasureAsync("`SyncAsync` again, equal values (same client)", orgs, emulator, async () =>
                    Check(await api.SyncAsync(descriptor, Items(ids, 1), options, cancellationToken).ConfigureAwait(false), 0, orgs)).ConfigureAwait(false));
            }

            using (var client = NewClient(emulator))
            {
                var api = client.PredefinedConnections;
                phases.Add(await MeasureAsync("`SyncAsync`, new values (existing orgs, fresh client)", orgs, emulator, async () =>
                    Check(await api.SyncAsync(descriptor, Items(ids, 2), options, cancellationToken).ConfigureAwait(false), orgs, 0)).ConfigureAwait(false));
                phases.Add(await MeasureAsync(PlatformListingAudit, orgs, emulator, () => AuditCleanFleetAsync(api, descriptor, orgs, perProjectPass: false, cancellationToken)).ConfigureAwait(false));
            }
        }

        // The same fleet on a server without the platform-wide listing (provisioned unmeasured), audited project by project.
        await using (var emulator = await StartAsync(latency, cancellationToken, omitRoutesAfter072: true).ConfigureAwait(false))
        {
            var descriptor = GelatoStoreConnection.ConnectionDescriptor;
            using var client = NewClient(emulator);
            var api = client.PredefinedConnections;
            Check(await api.SyncAsync(descriptor, Items(ids, 2), new SyncOptions { MaxConcurrency = MaxConcurrency }, cancellationToken).ConfigureAwait(false), orgs, 0);
            phases.Add(await MeasureAsync(PerProjectAudit, orgs, emulator, () => AuditCleanFleetAsync(api, descriptor, orgs, perProjectPass: true, cancellationToken)).ConfigureAwait(false));
        }

        return phases;
    }

    private static async Task AuditCleanFleetAsync(PredefinedConnectionsClient api, PredefinedConnectionDescriptor descriptor, int orgs, bool perProjectPass, CancellationToken cancellationToken)
    {
        var audit = await api.AuditAsync(descriptor, cancellationToken).ConfigureAwait(false);
        if (audit.Connections != orgs || audit.Findings.Count != 0 || audit.UsedPerProjectPass != perProjectPass)
        {
            throw new InvalidOperationException($"The audit of a clean fleet found {audit} (per-project pass: {audit.UsedPerProjectPass}).");
        }
    }

    private static async Task<FleetPhase> MeasureAsync(string name, int orgs, ActivepiecesEmulator emulator, Func<Task> run)
    {
        emulator.ResetRequestLog();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        await run().ConfigureAwait(false);
        stopwatch.Stop();
        return new FleetPhase(name, orgs, emulator.RequestCount, stopwatch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static void Check(SyncResult result, int succeeded, int unchanged)
    {
        if (result.Succeeded != succeeded || result.Unchanged != unchanged || result.Failed.Count != 0)
        {
            throw new InvalidOperationException($"Expected {succeeded} upserted and {unchanged} unchanged, got {result}.");
        }
    }

    private static Task<ActivepiecesEmulator> StartAsync(TimeSpan latency, CancellationToken cancellationToken, bool omitRoutesAfter072 = false)
    {
        var options = new ActivepiecesEmulatorOptions { OmitConnectionRoutesAfter072 = omitRoutesAfter072 }.AddPiece(GelatoStoreConnectionPiece.Name);
        if (latency > TimeSpan.Zero)
        {
            options.Faults.Add(FaultRule.Always("*", "/api/**", Fault.Delay(latency)));
        }

        return ActivepiecesEmulator.StartAsync(options, cancellationToken);
    }

    private static ActivepiecesClient NewClient(ActivepiecesEmulator emulator) =>
        new(new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = emulator.ApiKey });

    private static IEnumerable<(string, GelatoStoreConnection)> Items(string[] ids, int version) =>
        ids.Select(org => (org, Credentials(org, version)));

    private static GelatoStoreConnection Credentials(string org, int version) =>
        GelatoStoreConnectionPiece.CredentialsOf(org) with { ApiKey = "gelato-key-SECRET-v" + version.ToString(CultureInfo.InvariantCulture) + "-" + org };
}
