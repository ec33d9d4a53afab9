using System.Net;
using Activepieces.Provisioning;
using Activepieces.Resources.Connections;
using Activepieces.Telemetry;

namespace Activepieces.Fleet.Repair;

/// <summary>
/// Deletes what an audit found repairable (orphans, stale duplicates, shadowing placeholders), once per row; a row
/// already gone counts as deleted, so an interrupted repair can run again.
/// </summary>
internal sealed class ConnectionRepairRun
{
    private readonly GlobalConnectionsResource _global;
    private readonly AppConnectionsResource _app;
    private readonly ConnectionProvisioner _provisioner;

    public ConnectionRepairRun(GlobalConnectionsResource global, AppConnectionsResource app, ConnectionProvisioner provisioner)
    {
        _global = global;
        _app = app;
        _provisioner = provisioner;
    }

    public async Task<ConnectionRepair> RunAsync(ConnectionAudit audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        using var activity = ActivepiecesInstrumentation.StartOperation("Repair", audit.Descriptor, audit.Descriptor.ExternalIdPrefix);
        var deleted = new List<ConnectionFinding>();
        var left = new List<ConnectionFinding>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var finding in audit.Findings)
            {
                if (!finding.IsRepairable || finding.ConnectionId is null)
                {
                    left.Add(finding);
                    continue;
                }

                if (done.Add(finding.ConnectionId))
                {
                    await DeleteAsync(finding, cancellationToken).ConfigureAwait(false);
                    if (audit.Descriptor.TryGetExternalProjectId(finding.ExternalId, out var org))
                    {
                        await _provisioner.ForgetAsync(audit.Descriptor, org).ConfigureAwait(false);
                    }
                }

                deleted.Add(finding);
            }

            activity?.SetTag("activepieces.repair.deleted", deleted.Count);
            return new ConnectionRepair(deleted, left);
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    private async Task DeleteAsync(ConnectionFinding finding, CancellationToken cancellationToken)
    {
        try
        {
            var delete = finding.Kind == FindingKind.Shadowed
                ? _app.DeleteAsync(finding.ConnectionId!, cancellationToken)
                : _global.DeleteAsync(finding.ConnectionId!, cancellationToken);
            await delete.ConfigureAwait(false);
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone (deleted by an earlier, interrupted repair or by someone else).
        }
    }
}
