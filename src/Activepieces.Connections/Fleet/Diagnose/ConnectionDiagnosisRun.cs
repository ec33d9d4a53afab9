using System.Diagnostics;
using Activepieces.Fleet.Audit;
using Activepieces.Provisioning;
using Activepieces.Resources.Connections;
using Activepieces.Telemetry;

namespace Activepieces.Fleet.Diagnose;

/// <summary>
/// Reads what the worker's <c>connections.get("{prefix}{org}")</c> would resolve in the org's project (always from the
/// server, never this client's caches); <see cref="ConnectionDoctor"/> then names the cause. With
/// <see cref="DiagnoseOptions.Revalidate"/>, a row of the piece that resolves (usable or not) is revalidated and
/// diagnosed again with its new status.
/// </summary>
internal sealed class ConnectionDiagnosisRun
{
    private readonly ProjectDirectory _projects;
    private readonly GlobalConnectionsResource _global;
    private readonly AppConnectionsResource _app;

    public ConnectionDiagnosisRun(ProjectDirectory projects, GlobalConnectionsResource global, AppConnectionsResource app)
    {
        _projects = projects;
        _global = global;
        _app = app;
    }

    public async Task<ConnectionDiagnosis> RunAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        DiagnoseOptions? options,
        CancellationToken cancellationToken)
    {
        ProvisioningArguments.CheckedKey(descriptor, externalProjectId);
        var externalId = descriptor.ExternalIdFor(externalProjectId);
        using var activity = ActivepiecesInstrumentation.StartOperation("Diagnose", descriptor, externalId);
        try
        {
            var project = await _projects.GetByExternalIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
            if (project is null)
            {
                return Traced(activity, ConnectionDoctor.ProjectMissing(descriptor, externalProjectId));
            }

            var visible = new List<AppConnection>();
            var filter = new ConnectionListFilter { PageSize = 100 };
            await foreach (var row in _app.ListAsync(project.Id, filter, cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(row.ExternalId, externalId, StringComparison.Ordinal))
                {
                    visible.Add(row);
                }
            }

            List<AppConnection>? elsewhere = null;
            if (visible.Count == 0)
            {
                elsewhere = [];
                var all = new ConnectionListFilter { PageSize = ConnectionAuditRun.ConnectionPageSize };
                await foreach (var row in _global.ListAsync(all, cancellationToken).ConfigureAwait(false))
                {
                    if (string.Equals(row.ExternalId, externalId, StringComparison.Ordinal))
                    {
                        elsewhere.Add(row);
                    }
                }
            }

            var diagnosis = ConnectionDoctor.Diagnose(descriptor, externalProjectId, project.Id, visible, elsewhere);
            if (options?.Revalidate == true && diagnosis is { Cause: DiagnosisCause.Ok or DiagnosisCause.NotActive, Connection: { } resolved })
            {
                var revalidated = await CredentialCheck.TryRevalidateAsync(_app, resolved, cancellationToken).ConfigureAwait(false);
                diagnosis = revalidated is null
                    ? ConnectionDoctor.WithoutVerdict(diagnosis)
                    : ConnectionDoctor.Revalidated(descriptor, externalProjectId, project.Id, [.. visible.Select(row => row.Id == revalidated.Id ? revalidated : row)], revalidated);
            }

            return Traced(activity, diagnosis);
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    private static ConnectionDiagnosis Traced(Activity? activity, ConnectionDiagnosis diagnosis)
    {
        activity?.SetTag("activepieces.diagnosis.cause", diagnosis.Cause.ToString());
        return diagnosis;
    }
}
