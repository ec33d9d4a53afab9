using System.Collections.Concurrent;
using System.Net;
using Activepieces.Resources.Connections;
using Activepieces.Resources.Projects;
using Activepieces.Telemetry;

namespace Activepieces.Fleet.Audit;

/// <summary>
/// What an audit reads, then hands to <see cref="ConnectionAuditor"/>: every project (pages of
/// <see cref="ProjectPageSize"/>), and the connections through the platform-wide listing
/// (<c>GET /v1/platform-app-connections</c>, pages of <see cref="PlatformPageSize"/>): the PLATFORM rows of every piece
/// (another piece's row under the prefix is a finding) and the PROJECT rows of every piece, because the worker's lookup
/// by external id ignores the piece, so any of them under the prefix may shadow a global row. On a server
/// without that route (it answers 404) it falls back to the global listing plus one PROJECT-scope listing per live
/// project the piece's connections list (at most <see cref="ProjectScanConcurrency"/> at a time). With
/// <see cref="AuditOptions.Revalidate"/> it then revalidates the piece's rows that a live project can use.
/// </summary>
internal sealed class ConnectionAuditRun
{
    public const int ConnectionPageSize = 1000;
    public const int ProjectPageSize = 1000;
    public const int ProjectRowPageSize = 100;
    public const int ProjectScanConcurrency = 8;

    /// <summary>
    /// The page size of the platform-wide listing, whose schema sets no upper bound: 10,000 connections take two pages.
    /// A page of 5,000 rows is about 3 MB of JSON.
    /// </summary>
    public const int PlatformPageSize = 5000;

    private const int MaxRevalidationConcurrency = 64;

    private readonly GlobalConnectionsResource _global;
    private readonly AppConnectionsResource _app;
    private readonly PlatformAppConnectionsResource _platform;
    private readonly ProjectsResource _projects;

    public ConnectionAuditRun(GlobalConnectionsResource global, AppConnectionsResource app, PlatformAppConnectionsResource platform, ProjectsResource projects)
    {
        _global = global;
        _app = app;
        _platform = platform;
        _projects = projects;
    }

    /// <summary>Audits the piece's global connections, traced as an <c>Audit</c> operation.</summary>
    public async Task<ConnectionAudit> RunAsync(PredefinedConnectionDescriptor descriptor, AuditOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Scope != ConnectionScope.Platform)
        {
            throw new ArgumentException(
                $"The audit covers global connections; the descriptor of {descriptor.PieceName} stores PROJECT-scope connections, which the server deletes with their project.",
                nameof(descriptor));
        }

        options ??= new AuditOptions();
        if (options.MaxRevalidationConcurrency is < 1 or > MaxRevalidationConcurrency)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.MaxRevalidationConcurrency,
                $"AuditOptions.MaxRevalidationConcurrency must be between 1 and {MaxRevalidationConcurrency}.");
        }

        using var activity = ActivepiecesInstrumentation.StartOperation("Audit", descriptor, descriptor.ExternalIdPrefix);
        try
        {
            var audit = await ReadAndClassifyAsync(descriptor, options, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("activepieces.audit.findings", audit.Findings.Count);
            activity?.SetTag("activepieces.audit.per_project_pass", audit.UsedPerProjectPass);
            return audit;
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    private async Task<ConnectionAudit> ReadAndClassifyAsync(PredefinedConnectionDescriptor descriptor, AuditOptions options, CancellationToken cancellationToken)
    {
        var liveProjects = new List<Project>();
        await foreach (var project in _projects.ListAsync(new ProjectListFilter { PageSize = ProjectPageSize }, cancellationToken).ConfigureAwait(false))
        {
            liveProjects.Add(project);
        }

        var listed = await ReadPlatformListingAsync(descriptor, cancellationToken).ConfigureAwait(false);
        var perProjectPass = listed is null;
        var (globalRows, projectRows) = listed ?? await ReadPerProjectAsync(descriptor, liveProjects, cancellationToken).ConfigureAwait(false);

        var revalidation = options.Revalidate
            ? await CredentialCheck.RevalidateAsync(
                _app,
                ConnectionAuditor.RowsToRevalidate(descriptor, globalRows, liveProjects),
                options.MaxRevalidationConcurrency,
                cancellationToken).ConfigureAwait(false)
            : CredentialCheck.Result.None;

        var audit = ConnectionAuditor.Classify(descriptor, revalidation.Apply(globalRows), liveProjects, projectRows, revalidation.Rejected);
        return new ConnectionAudit(audit.Descriptor, audit.Connections, audit.Projects, audit.Findings)
        {
            UsedPerProjectPass = perProjectPass,
            Revalidated = revalidation.Revalidated.Count,
            RevalidationFailures = revalidation.Failures,
        };
    }

    /// <summary>
    /// The PLATFORM rows of every piece and the PROJECT rows under the prefix, from the platform-wide listing;
    /// <see langword="null"/> when the server answers 404 (it predates the route).
    /// </summary>
    private async Task<(List<AppConnection> GlobalRows, List<AppConnection> ProjectRows)?> ReadPlatformListingAsync(
        PredefinedConnectionDescriptor descriptor,
        CancellationToken cancellationToken)
    {
        var globalRows = new List<AppConnection>();
        var projectRows = new List<AppConnection>();
        try
        {
            var platformScope = new ConnectionListFilter { Scope = ConnectionScope.Platform, PageSize = PlatformPageSize };
            await foreach (var row in _platform.ListAsync(platformScope, cancellationToken).ConfigureAwait(false))
            {
                globalRows.Add(row);
            }
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var projectScope = new ConnectionListFilter { Scope = ConnectionScope.Project, PageSize = PlatformPageSize };
        await foreach (var row in _platform.ListAsync(projectScope, cancellationToken).ConfigureAwait(false))
        {
            if (descriptor.TryGetExternalProjectId(row.ExternalId, out _))
            {
                projectRows.Add(row);
            }
        }

        return (globalRows, projectRows);
    }

    /// <summary>
    /// The listing of servers before the platform-wide route: every global row, then the PROJECT-scope rows of each
    /// live project the piece's rows list, one listing per project.
    /// </summary>
    private async Task<(List<AppConnection> GlobalRows, List<AppConnection> ProjectRows)> ReadPerProjectAsync(
        PredefinedConnectionDescriptor descriptor,
        IReadOnlyList<Project> liveProjects,
        CancellationToken cancellationToken)
    {
        var globalRows = new List<AppConnection>();
        await foreach (var row in _global.ListAsync(new ConnectionListFilter { PageSize = ConnectionPageSize }, cancellationToken).ConfigureAwait(false))
        {
            globalRows.Add(row);
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

        return (globalRows, [.. projectRows]);
    }
}
