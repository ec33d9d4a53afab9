namespace Activepieces;

/// <summary>The global (platform) connections API (<c>/v1/global-connections</c>, Cloud and Enterprise only).</summary>
public interface IGlobalConnectionsApi
{
    /// <summary>
    /// Creates or updates the connection with the request's external id. Idempotent, so retried on transient faults,
    /// except for OAuth values: their authorization code is single-use, so the upsert is sent once and never retried (a
    /// lost answer is an <see cref="ActivepiecesUnavailableException"/> with
    /// <see cref="ActivepiecesException.OAuthCodeMayBeConsumed"/>).
    /// </summary>
    /// <param name="request">The connection.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The connection (without its value).</returns>
    Task<AppConnection> UpsertAsync(GlobalConnectionUpsertRequest request, CancellationToken cancellationToken = default);

    /// <summary>Updates the display name, project list or pre-selection of a connection.</summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The updated connection.</returns>
    Task<AppConnection> UpdateAsync(string connectionId, GlobalConnectionUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists global connections, following the seek cursors page by page.</summary>
    /// <param name="filter">Optional filters.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connections.</returns>
    IAsyncEnumerable<AppConnection> ListAsync(ConnectionListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Finds the first connection with an external id (the API has no external-id filter, so this pages client-side).</summary>
    /// <param name="externalId">The external id.</param>
    /// <param name="filter">Optional filters that narrow the listing, e.g. the piece name.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connection, or <see langword="null"/>.</returns>
    Task<AppConnection?> FindByExternalIdAsync(string externalId, ConnectionListFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a connection.</summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the connection is deleted.</returns>
    Task DeleteAsync(string connectionId, CancellationToken cancellationToken = default);
}
