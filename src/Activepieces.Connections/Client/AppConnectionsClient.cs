using Activepieces.Client;
using Activepieces.Resources.Connections;

namespace Activepieces;

/// <summary>The project-scoped connections API (<c>/v1/app-connections</c>).</summary>
public class AppConnectionsClient
{
    private readonly AppConnectionsResource? _resource;

    /// <summary>Creates a client for mocking: a subclass overrides the members it uses; the others throw.</summary>
    protected AppConnectionsClient()
    {
    }

    internal AppConnectionsClient(AppConnectionsResource resource) => _resource = resource;

    private AppConnectionsResource Resource => _resource ?? throw ClientMocks.NotConfigured(nameof(AppConnectionsClient));

    /// <summary>
    /// Creates or updates the project connection with the request's project and external id. Idempotent and retried on
    /// transient faults, except for OAuth values, whose single-use authorization code makes the upsert a send-once call
    /// (see <see cref="GlobalConnectionsClient.UpsertAsync"/>).
    /// </summary>
    /// <param name="request">The connection.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The connection (without its value).</returns>
    public virtual Task<AppConnection> UpsertAsync(AppConnectionUpsertRequest request, CancellationToken cancellationToken = default) =>
        Resource.UpsertAsync(request, cancellationToken);

    /// <summary>Updates the display name or metadata of a connection.</summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The updated connection.</returns>
    public virtual Task<AppConnection> UpdateAsync(string connectionId, AppConnectionUpdateRequest request, CancellationToken cancellationToken = default) =>
        Resource.UpdateAsync(connectionId, request, cancellationToken);

    /// <summary>
    /// Reads one connection by id (<c>GET /v1/app-connections/:id</c>, servers from 0.86.1). The server checks the
    /// row's first project, so a row that lists no project (a global connection whose projects were all removed from
    /// it) answers 403.
    /// </summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The connection (without its value).</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionId"/> is empty or cannot be sent in a URL.</exception>
    /// <exception cref="ActivepiecesApiException">
    /// The server answered with an error: 404 for an unknown id, 403 <c>AUTHORIZATION</c> for a row listing no project.
    /// </exception>
    public virtual Task<AppConnection> GetAsync(string connectionId, CancellationToken cancellationToken = default) =>
        Resource.GetAsync(connectionId, cancellationToken);

    /// <summary>
    /// Asks the server to check a connection's stored credentials again (<c>POST /v1/app-connections/:id/revalidate</c>,
    /// servers from 0.86.3): it refreshes OAUTH2 and CLOUD_OAUTH2 tokens, runs the piece's validation and sets the
    /// status to ACTIVE, or ERROR when the piece rejects the credentials. Revoked credentials otherwise stay ACTIVE
    /// until a flow fails. The same 403 and 404 as <see cref="GetAsync"/>.
    /// </summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The connection with its new status (without its value).</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionId"/> is empty or cannot be sent in a URL.</exception>
    /// <exception cref="ActivepiecesApiException">
    /// The server answered with an error: 404 for an unknown id, 403 <c>AUTHORIZATION</c> for a row listing no project,
    /// 500 <c>ENGINE_OPERATION_FAILURE</c> when the validation itself failed (the status is then left as it was).
    /// </exception>
    public virtual Task<AppConnection> RevalidateAsync(string connectionId, CancellationToken cancellationToken = default) =>
        Resource.RevalidateAsync(connectionId, cancellationToken);

    /// <summary>Lists the connections a project can use (its own and the global ones listing it), page by page.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="filter">Optional filters.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connections.</returns>
    public virtual IAsyncEnumerable<AppConnection> ListAsync(string projectId, ConnectionListFilter? filter = null, CancellationToken cancellationToken = default) =>
        Resource.ListAsync(projectId, filter, cancellationToken);

    /// <summary>Finds the first connection of a project with an external id (pages client-side).</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="externalId">The external id.</param>
    /// <param name="filter">Optional filters that narrow the listing.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connection, or <see langword="null"/>.</returns>
    public virtual Task<AppConnection?> FindByExternalIdAsync(string projectId, string externalId, ConnectionListFilter? filter = null, CancellationToken cancellationToken = default) =>
        Resource.FindByExternalIdAsync(projectId, externalId, filter, cancellationToken);

    /// <summary>Deletes a connection.</summary>
    /// <param name="connectionId">The connection id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the connection is deleted.</returns>
    public virtual Task DeleteAsync(string connectionId, CancellationToken cancellationToken = default) =>
        Resource.DeleteAsync(connectionId, cancellationToken);
}
