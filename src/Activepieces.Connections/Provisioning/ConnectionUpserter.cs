using System.Net;
using System.Text.Json;
using Activepieces.Resources.Connections;
using Activepieces.Transport.Json;
using Activepieces.Values;

namespace Activepieces.Provisioning;

/// <summary>
/// The upsert of <c>{prefix}{externalProjectId}</c> listing the org's project, through the global or the
/// project-scoped connections route, with one retry when the cached project id turned out stale.
/// </summary>
internal sealed class ConnectionUpserter
{
    private readonly ProjectDirectory _projects;
    private readonly GlobalConnectionsResource _global;
    private readonly AppConnectionsResource _app;

    public ConnectionUpserter(ProjectDirectory projects, GlobalConnectionsResource global, AppConnectionsResource app)
    {
        _projects = projects;
        _global = global;
        _app = app;
    }

    /// <summary>Gets or creates the org's project, then upserts the connection listing it.</summary>
    public async Task<AppConnection> UpsertAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken)
        where TValue : IConnectionValue
    {
        var projectId = await _projects.GetOrCreateIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
        try
        {
            return await UpsertForProjectAsync(descriptor, externalProjectId, projectId, value, cancellationToken).ConfigureAwait(false);
        }
        catch (ActivepiecesApiException e) when (IsUnknownProject(e))
        {
            // The cached project id is stale (the project was deleted): look the project up (or create it) once more.
            // Safe for OAuth values too: the server checks the project ids before it claims the authorization code.
            await _projects.ForgetAsync(externalProjectId, projectId).ConfigureAwait(false);
            projectId = await _projects.GetOrCreateIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
            return await UpsertForProjectAsync(descriptor, externalProjectId, projectId, value, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The path an upsert of the descriptor's scope is sent to, as exceptions name it.</summary>
    public string UpsertPath(PredefinedConnectionDescriptor descriptor) =>
        descriptor.Scope == ConnectionScope.Platform ? _global.UpsertPath : _app.UpsertPath;

    /// <summary>The exact body the upsert of the value for the project sends (the caller disposes it: it holds the value).</summary>
    public static PooledJsonBody WriteBody(PredefinedConnectionDescriptor descriptor, string externalProjectId, string projectId, IConnectionValue value) =>
        descriptor.Scope == ConnectionScope.Platform
            ? ConnectionRequestWriter.WriteGlobalUpsert(GlobalRequest(descriptor, externalProjectId, projectId, value))
            : ConnectionRequestWriter.WriteAppUpsert(AppRequest(descriptor, externalProjectId, projectId, value));

    private static GlobalConnectionUpsertRequest GlobalRequest(PredefinedConnectionDescriptor descriptor, string externalProjectId, string projectId, IConnectionValue value) =>
        new()
        {
            ExternalId = descriptor.ExternalIdFor(externalProjectId),
            DisplayName = descriptor.DisplayName,
            PieceName = descriptor.PieceName,
            PieceVersion = descriptor.PieceVersion,
            ProjectIds = [projectId],
            Value = value,
        };

    private static AppConnectionUpsertRequest AppRequest(PredefinedConnectionDescriptor descriptor, string externalProjectId, string projectId, IConnectionValue value) =>
        new()
        {
            ProjectId = projectId,
            ExternalId = descriptor.ExternalIdFor(externalProjectId),
            DisplayName = descriptor.DisplayName,
            PieceName = descriptor.PieceName,
            PieceVersion = descriptor.PieceVersion,
            Value = value,
        };

    private Task<AppConnection> UpsertForProjectAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        string projectId,
        IConnectionValue value,
        CancellationToken cancellationToken) =>
        descriptor.Scope == ConnectionScope.Platform
            ? _global.UpsertAsync(GlobalRequest(descriptor, externalProjectId, projectId, value), cancellationToken)
            : _app.UpsertAsync(AppRequest(descriptor, externalProjectId, projectId, value), cancellationToken);

    /// <summary>404 <c>ENTITY_NOT_FOUND</c> of a <c>Project</c>: the project id the upsert listed does not exist.</summary>
    private static bool IsUnknownProject(ActivepiecesApiException e) =>
        e.StatusCode == HttpStatusCode.NotFound
        && e.Code == "ENTITY_NOT_FOUND"
        && e.Params is { ValueKind: JsonValueKind.Object } p
        && p.TryGetProperty("entityType", out var entityType)
        && entityType.ValueKind == JsonValueKind.String
        && entityType.ValueEquals("Project");
}
