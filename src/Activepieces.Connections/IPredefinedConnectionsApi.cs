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
    /// connection <c>{prefix}{externalProjectId}</c> listing that project. Idempotent for every auth type except the OAuth
    /// ones (see the remarks).
    /// </summary>
    /// <remarks>
    /// OAuth values (<see cref="AuthType.OAuth2"/>, <see cref="AuthType.CloudOAuth2"/>, <see cref="AuthType.PlatformOAuth2"/>)
    /// carry an authorization code, and codes are single-use: the server exchanges the code on every upsert, and the
    /// same code again fails with 400 <c>INVALID_CLAIM</c>, also when the first upsert succeeded but its answer was lost.
    /// So an OAuth upsert is sent exactly once: never retried by the resilience handler nor repeated by this method. When
    /// its outcome is unknown (no answer, or a 408, 500, 502 or 504 answer), the exception's
    /// <see cref="ActivepiecesException.OAuthCodeMayBeConsumed"/> is true: get a fresh code before calling again.
    /// </remarks>
    /// <typeparam name="TValue">The credential type.</typeparam>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id (your customer org id).</param>
    /// <param name="value">The credential.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The created or updated connection (without its value).</returns>
    /// <exception cref="ArgumentException">An argument is invalid (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">
    /// The server answered with an error; <see cref="ActivepiecesApiException.IsPieceValidationFailure"/> when the piece
    /// rejected the credential.
    /// </exception>
    /// <exception cref="ActivepiecesUnavailableException">A call got no answer (transport failure, timeout, open circuit, rate limiter).</exception>
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
    /// <remarks>
    /// OAuth authorization codes are single-use (see <see cref="CreateAsync{TValue}"/>): an OAuth upsert is sent exactly
    /// once and never repeated, and an OAuth value that was stored once is answered from the cache for as long as the
    /// client lives, whatever <see cref="ActivepiecesOptions.EnsureCacheDuration"/> says, so the same code is never sent
    /// twice. A new code is a new value. If the caller that started a shared OAuth upsert cancels it, the callers that
    /// joined it get an <see cref="ActivepiecesUnavailableException"/> with
    /// <see cref="ActivepiecesException.OAuthCodeMayBeConsumed"/> rather than a second upsert.
    /// </remarks>
    /// <typeparam name="TValue">The credential type; equality decides whether the cached connection is still current.</typeparam>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id (your customer org id).</param>
    /// <param name="value">The credential.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connection (without its value).</returns>
    /// <exception cref="ArgumentException">An argument is invalid (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">
    /// The server answered with an error; <see cref="ActivepiecesApiException.IsPieceValidationFailure"/> when the piece
    /// rejected the credential.
    /// </exception>
    /// <exception cref="ActivepiecesUnavailableException">A call got no answer (transport failure, timeout, open circuit, rate limiter).</exception>
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
