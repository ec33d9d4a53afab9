using System.Collections.Concurrent;
using System.Net;

namespace Activepieces.Internal;

/// <summary>
/// What an audit reads: every global connection (one pass, pages of <see cref="ConnectionPageSize"/>), every project
/// (one pass, pages of <see cref="ProjectPageSize"/>), and — because no route lists PROJECT-scope rows across projects —
/// the PROJECT-scope rows of each live project the piece's connections list (one request per such project, at most
/// <see cref="ProjectScanConcurrency"/> at a time). <see cref="ConnectionAuditor"/> then classifies.
/// </summary>
internal static class ConnectionAuditRun
{
    public const int ConnectionPageSize = 1000;
    public const int ProjectPageSize = 1000;
    public const int ProjectRowPageSize = 100;
    public const int ProjectScanConcurrency = 8;

    public static async Task<ConnectionAudit> RunAsync(
        GlobalConnectionsApi global,
        AppConnectionsApi app,
        ProjectsApi projects,
        PredefinedConnectionDescriptor descriptor,
        CancellationToken cancellationToken)
    {
        var globalRows = new List<AppConnection>();
        await foreach (var row in global.ListAsync(new ConnectionListFilter { PageSize = ConnectionPageSize }, cancellationToken).ConfigureAwait(false))
        {
            globalRows.Add(row);
        }

        var liveProjects = new List<Project>();
        await foreach (var project in projects.ListAsync(new ProjectListFilter { PageSize = ProjectPageSize }, cancellationToken).ConfigureAwait(false))
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
                await foreach (var row in app.ListAsync(projectId, filter, ct).ConfigureAwait(false))
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
