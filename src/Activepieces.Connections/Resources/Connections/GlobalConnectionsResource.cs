using Activepieces.Transport;
using Activepieces.Transport.Json;

namespace Activepieces.Resources.Connections;

/// <summary>The <c>/v1/global-connections</c> routes, one call each (and a client-side find by external id, which the API lacks).</summary>
internal sealed class GlobalConnectionsResource
{
    /// <summary>The route of these connections, relative to <c>/api/</c>.</summary>
    public const string Route = "v1/global-connections";

    private readonly ApiTransport _transport;

    public GlobalConnectionsResource(ApiTransport transport) => _transport = transport;

    /// <summary>The absolute path upserts are sent to, as exceptions name it.</summary>
    public string UpsertPath => _transport.PathOf(Route);

    public async Task<AppConnection> UpsertAsync(GlobalConnectionUpsertRequest request, CancellationToken cancellationToken)
    {
        using var body = ConnectionRequestWriter.WriteGlobalUpsert(request);
        return await _transport.SendAsync(ApiRequest.Upsert(Route, body, request.Value.AuthType), ActivepiecesJsonContext.Default.AppConnection, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<AppConnection> UpdateAsync(string connectionId, GlobalConnectionUpdateRequest request, CancellationToken cancellationToken)
    {
        var path = Route + "/" + UrlSegment.Escape(connectionId, nameof(connectionId));
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.DisplayName, "request.DisplayName");
        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.GlobalConnectionUpdateRequest);
        return await _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: true), ActivepiecesJsonContext.Default.AppConnection, cancellationToken)
            .ConfigureAwait(false);
    }

    public IAsyncEnumerable<AppConnection> ListAsync(ConnectionListFilter? filter, CancellationToken cancellationToken) =>
        Paging.EnumerateAsync(_transport, Route, ConnectionQuery.From(filter), ActivepiecesJsonContext.Default.SeekPageAppConnection, cancellationToken);

    public async Task<AppConnection?> FindByExternalIdAsync(string externalId, ConnectionListFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(externalId);
        await foreach (var connection in ListAsync(filter, cancellationToken).ConfigureAwait(false))
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
