using Activepieces.Client;
using Activepieces.Resources.Connections;

namespace Activepieces;

/// <summary>The global (platform) connections API (<c>/v1/global-connections</c>, Cloud and Enterprise only).</summary>
public class GlobalConnectionsClient
{
    private readonly GlobalConnectionsResource? _resource;

    /// <summary>Creates a client for mocking: a subclass overrides the members it uses; the others throw.</summary>
    protected GlobalConnectionsClient()
    {
    }

    internal GlobalConnectionsClient(GlobalConnectionsResource resource) => _resource = resource;

    private GlobalConnectionsResource Resource => _resource ?? throw ClientMocks.NotConfigured(nameof(GlobalConnectionsClient));

    /// <summary>
    /// Creates or updates the connection with the request's external id. Idempotent, so retried on transient faults,
    /// except for OAuth values: their authorization code is single-use, so the upsert is sent once and never retried (a
    /// lost answer is an <see cref="ActivepiecesUnavailableException"/> with
    /// <see cref="ActivepiecesException.OAuthCodeMayBeConsumed"/>).
    /// </summary>
    /// <param name="request">The connection.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The connection (without its value).</returns>
    public virtual Task<AppConnection> UpsertAsync(GlobalConnectionUpsertRequest request, CancellationToken cancellationToken = default) =>
        Resource.UpsertAsync(request, cancellationToken);

    /// <summary>Updates the display name, project list or pre-selection of a connection.</summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The updated connection.</returns>
    public virtual Task<AppConnection> UpdateAsync(string connectionId, GlobalConnectionUpdateRequest request, CancellationToken cancellationToken = default) =>
        Resource.UpdateAsync(connectionId, request, cancellationToken);

    /// <summary>Lists global connections, following the seek cursors page by page.</summary>
    /// <param name="filter">Optional filters.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connections.</returns>
    public virtual IAsyncEnumerable<AppConnection> ListAsync(ConnectionListFilter? filter = null, CancellationToken cancellationToken = default) =>
        Resource.ListAsync(filter, cancellationToken);

    /// <summary>Finds the first connection with an external id (the API has no external-id filter, so this pages client-side).</summary>
    /// <param name="externalId">The external id.</param>
    /// <param name="filter">Optional filters that narrow the listing, e.g. the piece name.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connection, or <see langword="null"/>.</returns>
    public virtual Task<AppConnection?> FindByExternalIdAsync(string externalId, ConnectionListFilter? filter = null, CancellationToken cancellationToken = default) =>
        Resource.FindByExternalIdAsync(externalId, filter, cancellationToken);

    /// <summary>Deletes a connection.</summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the connection is deleted.</returns>
    public virtual Task DeleteAsync(string connectionId, CancellationToken cancellationToken = default) =>
        Resource.DeleteAsync(connectionId, cancellationToken);
}
