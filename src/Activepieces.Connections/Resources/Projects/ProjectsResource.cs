using Activepieces.Transport;
using Activepieces.Transport.Json;

namespace Activepieces.Resources.Projects;

/// <summary>The <c>/v1/projects</c> routes, one call each, with the argument checks the server's schema makes.</summary>
internal sealed class ProjectsResource
{
    /// <summary>The route of the projects, relative to <c>/api/</c>.</summary>
    public const string Route = "v1/projects";

    private readonly ApiTransport _transport;

    public ProjectsResource(ApiTransport transport) => _transport = transport;

    /// <summary>The transport's logger, for the callers that log around these calls.</summary>
    public Microsoft.Extensions.Logging.ILogger Logger => _transport.Logger;

    /// <summary>The project whose external id is exactly <paramref name="externalId"/>, or null.</summary>
    public async Task<Project?> GetByExternalIdAsync(string externalId, CancellationToken cancellationToken)
    {
        ExternalProjectIdRule.ThrowIfInvalid(externalId, nameof(externalId));
        var query = new QueryString().Add("externalId", externalId).Add("limit", 2);
        var page = await _transport.SendAsync(ApiRequest.Get(Route, query.ToString()), ActivepiecesJsonContext.Default.SeekPageProject, cancellationToken)
            .ConfigureAwait(false);
        foreach (var project in page.Data)
        {
            if (string.Equals(project.ExternalId, externalId, StringComparison.Ordinal))
            {
                return project;
            }
        }

        return null;
    }

    /// <summary>The project with the id <paramref name="projectId"/> (<c>GET /v1/projects/:id</c>), or null when the server answers 404.</summary>
    public async Task<Project?> GetAsync(string projectId, CancellationToken cancellationToken)
    {
        var path = Route + "/" + UrlSegment.Escape(projectId, nameof(projectId));
        try
        {
            return await _transport.SendAsync(ApiRequest.Get(path), ActivepiecesJsonContext.Default.Project, cancellationToken).ConfigureAwait(false);
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Creates a project; never retried by the resilience handler (a retry could create a duplicate).</summary>
    public async Task<Project> CreateAsync(CreateProjectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateDisplayName(request.DisplayName, "request.DisplayName");
        if (request.AlertReceiverEmail is { } email && !LooksLikeEmail(email))
        {
            throw new ArgumentException("AlertReceiverEmail must be an e-mail address (local@domain).", "request.AlertReceiverEmail");
        }

        if (request.ExternalId is not null)
        {
            ExternalProjectIdRule.ThrowIfInvalid(request.ExternalId, "request.ExternalId");
        }

        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.CreateProjectRequest);
        return await _transport.SendAsync(ApiRequest.Post(Route, body, retrySafe: false), ActivepiecesJsonContext.Default.Project, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<Project> UpdateAsync(string projectId, UpdateProjectRequest request, CancellationToken cancellationToken)
    {
        var path = Route + "/" + UrlSegment.Escape(projectId, nameof(projectId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.DisplayName is not null)
        {
            ValidateDisplayName(request.DisplayName, "request.DisplayName");
        }

        if (request.Plan?.ActiveFlowsLimit is <= 0)
        {
            throw new ArgumentException("Plan.ActiveFlowsLimit must be a positive number, or null for no limit.", "request.Plan");
        }

        if (request.ExecutionDataRetentionDays is <= 0)
        {
            throw new ArgumentException("ExecutionDataRetentionDays must be a positive number of days.", "request.ExecutionDataRetentionDays");
        }

        if (request.WorkerGroupId is { Length: 0 })
        {
            throw new ArgumentException("WorkerGroupId must not be empty.", "request.WorkerGroupId");
        }

        if (request.ExternalId is not null)
        {
            ExternalProjectIdRule.ThrowIfInvalid(request.ExternalId, "request.ExternalId");
        }

        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.UpdateProjectRequest);
        return await _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: true), ActivepiecesJsonContext.Default.Project, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task DeleteAsync(string projectId, CancellationToken cancellationToken) =>
        _transport.SendAsync(ApiRequest.Delete(Route + "/" + UrlSegment.Escape(projectId, nameof(projectId))), cancellationToken);

    public IAsyncEnumerable<Project> ListAsync(ProjectListFilter? filter, CancellationToken cancellationToken)
    {
        var query = new QueryString()
            .Add("externalId", filter?.ExternalId)
            .Add("displayName", filter?.DisplayName)
            .Add("limit", filter?.PageSize);
        return Paging.EnumerateAsync(_transport, Route, query, ActivepiecesJsonContext.Default.SeekPageProject, cancellationToken);
    }

    /// <summary>Checks a display name against the server's <c>^[^./]+$</c>.</summary>
    public static void ValidateDisplayName(string displayName, string paramName)
    {
        if (string.IsNullOrEmpty(displayName) || displayName.AsSpan().IndexOfAny('.', '/') >= 0)
        {
            throw new ArgumentException("A project display name must be non-empty and contain no '.' or '/' (pattern ^[^./]+$).", paramName);
        }
    }

    /// <summary>
    /// Whether <paramref name="email"/> has the shape <c>local@domain.tld</c> without spaces: the client's check before
    /// the server's stricter <c>z.string().email()</c>.
    /// </summary>
    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var dot = email.LastIndexOf('.');
        return at > 0 && at == email.LastIndexOf('@') && dot > at + 1 && dot < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }

    /// <summary>
    /// A display name that satisfies <c>^[^./]+$</c>: '.' and '/' become '-' (<c>acme.com</c> → <c>acme-com</c>).
    /// </summary>
    public static string SafeDisplayName(string externalId) => externalId.Replace('.', '-').Replace('/', '-');
}
