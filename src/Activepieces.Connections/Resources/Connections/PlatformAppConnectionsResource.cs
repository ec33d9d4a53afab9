using Activepieces.Transport;
using Activepieces.Transport.Json;

namespace Activepieces.Resources.Connections;

/// <summary>
/// <c>GET /v1/platform-app-connections</c> (servers since May 2026, platform admin or API key): every connection of the
/// platform, of both scopes, across projects, in seek pages of any size. It has no <c>externalId</c> filter. Servers
/// before it answer 404 (route not found).
/// </summary>
internal sealed class PlatformAppConnectionsResource
{
    /// <summary>The route, relative to <c>/api/</c>.</summary>
    public const string Route = "v1/platform-app-connections";

    private readonly ApiTransport _transport;

    public PlatformAppConnectionsResource(ApiTransport transport) => _transport = transport;

    /// <summary>
    /// The rows that match <paramref name="filter"/> (<see cref="ConnectionListFilter.Scope"/> selects PLATFORM or
    /// PROJECT rows), page by page. Each item also carries <c>projects</c> (the live ones), which
    /// <see cref="AppConnection"/> does not read: <see cref="AppConnection.ProjectIds"/> keeps the dead ids too.
    /// </summary>
    public IAsyncEnumerable<AppConnection> ListAsync(ConnectionListFilter? filter, CancellationToken cancellationToken) =>
        Paging.EnumerateAsync(_transport, Route, ConnectionQuery.From(filter), ActivepiecesJsonContext.Default.SeekPageAppConnection, cancellationToken);
}
