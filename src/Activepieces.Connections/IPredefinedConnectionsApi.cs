namespace Activepieces;

/// <summary>
/// Provisions the "one connection per customer project" pattern: a connection named
/// <c>{prefix}{externalProjectId}</c> that lists exactly that project. The generated
/// <c>Create/Ensure/Get/Delete{Name}ConnectionAsync</c> extension methods call this API.
/// </summary>
public interface IPredefinedConnectionsApi
{
    /// <summary>
    /// Gets or creates the project whose external id is <paramref name="externalProjectId"/> (race-safe), then upserts the
    /// connection <c>{prefix}{externalProjectId}</c> listing that project. Idempotent.
    /// </summary>
    /// <typeparam name="TValue">The credential type.</typeparam>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id (your customer org id).</param>
    /// <param name="value">The credential.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The created or updated connection (without its value).</returns>
    Task<AppConnection> CreateAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue;

    /// <summary>
    /// Like <see cref="CreateAsync{TValue}"/>, but a repeated call with an equal value for the same project within
    /// <see cref="ActivepiecesOptions.EnsureCacheDuration"/> makes no HTTP request (and allocates nothing), and concurrent
    /// calls for the same project and value share one in-flight operation. <see cref="CreateAsync{TValue}"/> and
    /// <see cref="DeleteAsync"/> of the same connection clear the cached entry.
    /// </summary>
    /// <typeparam name="TValue">The credential type; equality decides whether the cached connection is still current.</typeparam>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id (your customer org id).</param>
    /// <param name="value">The credential.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connection (without its value).</returns>
    ValueTask<AppConnection> EnsureAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue>;

    /// <summary>Finds the connection <c>{prefix}{externalProjectId}</c> that lists the project, or returns null.</summary>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connection, or <see langword="null"/> when the project or the connection does not exist.</returns>
    Task<AppConnection?> GetAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes the connection <c>{prefix}{externalProjectId}</c> of the project.</summary>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns><see langword="true"/> when a connection was deleted; <see langword="false"/> when there was none.</returns>
    Task<bool> DeleteAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default);
}
