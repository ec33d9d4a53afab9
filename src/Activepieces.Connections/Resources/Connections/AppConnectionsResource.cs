using Activepieces.Transport;
using Activepieces.Transport.Json;

namespace Activepieces.Resources.Connections;

/// <summary>The <c>/v1/app-connections</c> routes, one call each (and a client-side find by external id, which the API lacks).</summary>
internal sealed class AppConnectionsResource
{
    /// <summary>The route of these connections, relative to <c>/api/</c>.</summary>
    public const string Route = "v1/app-connections";

    private readonly ApiTransport _transport;

    public AppConnectionsResource(ApiTransport transport) => _transport = transport;

    /// <summary>The absolute path upserts are sent to, as exceptions name it.</summary>
    public string UpsertPath => _transport.PathOf(Route);

    public async Task<AppConnection> UpsertAsync(AppConnectionUpsertRequest request, CancellationToken cancellationToken)
    {
        using var body = ConnectionRequestWriter.WriteAppUpsert(request);
        return await _transport.SendAsync(ApiRequest.Upsert(Route, body, request.Value.AuthType), ActivepiecesJsonContext.Default.AppConnection, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<AppConnection> UpdateAsync(string connectionId, AppConnectionUpdateRequest request, CancellationToken cancellationToken)
    {
        var path = Route + "/" + UrlSegment.Escape(connectionId, nameof(connectionId));
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.DisplayName, "request.DisplayName");
        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.AppConnectionUpdateRequest);
        return await _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: true), ActivepiecesJsonContext.Default.AppConnection, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// <c>GET /v1/app-connections/:id</c> (0.86.1): the row checked against its first project, so a row listing no
    /// project answers 403 <c>AUTHORIZATION</c>; an unknown id answers 404.
    /// </summary>
    public Task<AppConnection> GetAsync(string connectionId, CancellationToken cancellationToken) =>
        _transport.SendAsync(ApiRequest.Get(Route + "/" + UrlSegment.Escape(connectionId, nameof(connectionId))), ActivepiecesJsonContext.Default.AppConnection, cancellationToken);

    /// <summary>
    /// <c>POST /v1/app-connections/:id/revalidate</c> (0.86.3): the server runs the piece's validation on the stored
    /// value and sets the row's status to ACTIVE or ERROR; the same project rule and 403/404 as <see cref="GetAsync"/>.
    /// </summary>
    public Task<AppConnection> RevalidateAsync(string connectionId, CancellationToken cancellationToken) =>
        _transport.SendAsync(ApiRequest.Revalidate(Route + "/" + UrlSegment.Escape(connectionId, nameof(connectionId)) + "/revalidate"), ActivepiecesJsonContext.Default.AppConnection, cancellationToken);

    public IAsyncEnumerable<AppConnection> ListAsync(string projectId, ConnectionListFilter? filter, CancellationToken cancellationToken)
    {
        UrlSegment.Validate(projectId, nameof(projectId));
        return Paging.EnumerateAsync(_transport, Route, ConnectionQuery.From(filter, projectId), ActivepiecesJsonContext.Default.SeekPageAppConnection, cancellationToken);
    }

    public async Task<AppConnection?> FindByExternalIdAsync(string projectId, string externalId, ConnectionListFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(externalId);
        await foreach (var connection in ListAsync(projectId, filter, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(connection.ExternalId, externalId, StringComparison.Ordinal))
            {
                return connection;
            }
        }

        return null;
    }

    public Task DeleteAsync(string connectionId, CancellationToken cancellationToken) =>
        _transport.SendAsync(ApiRequest.Delete(Route + "/" + UrlSegment.Escape(connectionId, nameof(connectionId))), cancellationToken);
}
