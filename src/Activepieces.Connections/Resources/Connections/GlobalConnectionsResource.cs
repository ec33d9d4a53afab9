namespace Activepieces.Internal;

/// <summary>The <c>/v1/global-connections</c> calls.</summary>
internal sealed class GlobalConnectionsApi : IGlobalConnectionsApi
{
    private const string Path = "v1/global-connections";

    private readonly ApiTransport _transport;

    public GlobalConnectionsApi(ApiTransport transport) => _transport = transport;

    public async Task<AppConnection> UpsertAsync(GlobalConnectionUpsertRequest request, CancellationToken cancellationToken = default)
    {
        using var body = ConnectionRequestWriter.WriteGlobalUpsert(request);
        return await _transport.SendAsync(ApiRequest.Upsert(Path, body, request.Value.AuthType), ActivepiecesJsonContext.Default.AppConnection, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<AppConnection> UpdateAsync(string connectionId, GlobalConnectionUpdateRequest request, CancellationToken cancellationToken = default)
    {
        var path = Path + "/" + UrlSegment.Escape(connectionId, nameof(connectionId));
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.DisplayName, "request.DisplayName");
        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.GlobalConnectionUpdateRequest);
        return await _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: true), ActivepiecesJsonContext.Default.AppConnection, cancellationToken)
            .ConfigureAwait(false);
    }

    public IAsyncEnumerable<AppConnection> ListAsync(ConnectionListFilter? filter = null, CancellationToken cancellationToken = default) =>
        Paging.EnumerateAsync(_transport, Path, ConnectionQuery.From(filter), ActivepiecesJsonContext.Default.SeekPageAppConnection, cancellationToken);

    public async Task<AppConnection?> FindByExternalIdAsync(string externalId, ConnectionListFilter? filter = null, CancellationToken cancellationToken = default)
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

    public Task DeleteAsync(string connectionId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ApiRequest.Delete(Path + "/" + UrlSegment.Escape(connectionId, nameof(connectionId))), cancellationToken);
}
