using System.Collections.Concurrent;
using System.Net;
using Activepieces.Resources.Connections;
using Activepieces.Resources.Projects;
using Activepieces.Telemetry;

namespace Activepieces.Fleet.Audit;

/// <summary>
/// What an audit reads: every global connection (one pass, pages of <see cref="ConnectionPageSize"/>), every project
/// (one pass, pages of <see cref="ProjectPageSize"/>), and — because no route lists PROJECT-scope rows across projects —
/// the PROJECT-scope rows of each live project the piece's connections list (one request per such project, at most
/// <see cref="ProjectScanConcurrency"/> at a time). <see cref="ConnectionAuditor"/> then classifies.
/// </summary>
internal sealed class ConnectionAuditRun
{
    public const int ConnectionPageSize = 1000;
    public const int ProjectPageSize = 1000;
    public const int ProjectRowPageSize = 100;
    public const int ProjectScanConcurrency = 8;

    private readonly GlobalConnectionsResource _global;
    private readonly AppConnectionsResource _app;
    private readonly ProjectsResource _projects;

    public ConnectionAuditRun(GlobalConnectionsResource global, AppConnectionsResource app, ProjectsResource projects)
    {
        _global = global;
        _app = app;
        _projects = projects;
    }

    /// <summary>Audits the piece's global connections, traced as an <c>Audit</c> operation.</summary>
    public async Task<ConnectionAudit> RunAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Scope != ConnectionScope.Platform)
        {
            throw new ArgumentException(
                $"The audit covers global connections; the descriptor of {descriptor.PieceName} stores PROJECT-scope connections, which the server deletes with their project.",
                nameof(descriptor));
        }

        using var activity = ActivepiecesInstrumentation.StartOperation("Audit", descriptor, descriptor.ExternalIdPrefix);
        try
        {
            var audit = await ReadAndClassifyAsync(descriptor, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("activepieces.audit.findings", audit.Findings.Count);
            return audit;
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    private async Task<ConnectionAudit> ReadAndClassifyAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken)
    {
        var globalRows = new List<AppConnection>();
        await foreach (var row in _global.ListAsync(new ConnectionListFilter { PageSize = ConnectionPageSize }, cancellationToken).ConfigureAwait(false))
        {
            globalRows.Add(row);
        }

        var liveProjects = new List<Project>();
        await foreach (var project in _projects.ListAsync(new ProjectListFilter { PageSize = ProjectPageSize }, cancellationToken).ConfigureAwait(false))
        {
            liveProjects.Add(project);
        }

        var projectRows = new ConcurrentQueue<AppConnection>();
        var scan = ConnectionAuditor.ProjectsToScan(descriptor, globalRows, liveProjects);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ProjectScanConcurrency, CancellationToken = cancellationToken };
        var filter = new ConnectionListFilter { Scope = ConnectionScope.Project, PageSize = ProjectRowPageSize };
        await Parallel.ForEachAsync(scan, parallel, async (projectId, ct) =>
        {
            try
            {
                await foreach (var row in _app.ListAsync(projectId, filter, ct).ConfigureAwait(false))
                {
                    if (descriptor.TryGetExternalProjectId(row.ExternalId, out _))
                    {
                        projectRows.Enqueue(row);
                    }
                }
            }
            catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                // The project was deleted after the listing: its PROJECT-scope rows go with it.
            }
        }).ConfigureAwait(false);

        return ConnectionAuditor.Classify(descriptor, globalRows, liveProjects, [.. projectRows]);
    }
}
