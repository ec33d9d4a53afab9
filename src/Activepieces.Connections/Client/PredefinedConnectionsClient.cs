using Activepieces.Client;
using Activepieces.Fleet.Sync;

namespace Activepieces;

/// <summary>
/// Provisions the "one connection per customer project" pattern: a connection named
/// <c>{prefix}{externalProjectId}</c> that lists exactly that project. The generated
/// <c>Create/Ensure/Get/Delete/Diagnose{Name}ConnectionAsync</c> and <c>Sync/Audit{Name}ConnectionsAsync</c> extension methods call this API.
/// </summary>
public class PredefinedConnectionsClient
{
    private readonly PredefinedConnectionsOperations? _operations;

    /// <summary>Creates a client for mocking: a subclass overrides the members it uses; the others throw.</summary>
    protected PredefinedConnectionsClient()
    {
    }

    internal PredefinedConnectionsClient(PredefinedConnectionsOperations operations) => _operations = operations;

    private PredefinedConnectionsOperations Operations => _operations ?? throw ClientMocks.NotConfigured(nameof(PredefinedConnectionsClient));

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
    /// <exception cref="ArgumentException">An argument is invalid, e.g. an org id that breaks <see cref="ExternalProjectIdRule"/> (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">
    /// The server answered with an error; <see cref="ActivepiecesApiException.IsPieceValidationFailure"/> when the piece
    /// rejected the credential.
    /// </exception>
    /// <exception cref="ActivepiecesUnavailableException">A call got no answer (transport failure, timeout, open circuit, rate limiter).</exception>
    public virtual Task<AppConnection> CreateAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue =>
        Operations.Provisioner.CreateAsync(descriptor, externalProjectId, value, cancellationToken);

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
    /// <exception cref="ArgumentException">An argument is invalid, e.g. an org id that breaks <see cref="ExternalProjectIdRule"/> (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">
    /// The server answered with an error; <see cref="ActivepiecesApiException.IsPieceValidationFailure"/> when the piece
    /// rejected the credential.
    /// </exception>
    /// <exception cref="ActivepiecesUnavailableException">A call got no answer (transport failure, timeout, open circuit, rate limiter).</exception>
    public virtual ValueTask<AppConnection> EnsureAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue> =>
        Operations.Provisioner.EnsureAsync(descriptor, externalProjectId, value, cancellationToken);

    /// <summary>Finds the connection <c>{prefix}{externalProjectId}</c> that lists the project, or returns null.</summary>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The connection, or <see langword="null"/> when the project or the connection does not exist.</returns>
    public virtual Task<AppConnection?> GetAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default) =>
        Operations.Provisioner.GetAsync(descriptor, externalProjectId, cancellationToken);

    /// <summary>Deletes the connection <c>{prefix}{externalProjectId}</c> of the project.</summary>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The project's external id.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns><see langword="true"/> when a connection was deleted; <see langword="false"/> when there was none.</returns>
    public virtual Task<bool> DeleteAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default) =>
        Operations.Provisioner.DeleteAsync(descriptor, externalProjectId, cancellationToken);

    /// <summary>
    /// Brings every org of <paramref name="items"/> to its value: for each org, the same get-or-create of the project and
    /// upsert of <c>{prefix}{org}</c> as <see cref="EnsureAsync{TValue}"/>, at most
    /// <see cref="SyncOptions.MaxConcurrency"/> orgs (and so requests) at a time.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Cost: an org whose equal value this client already ensured within <see cref="ActivepiecesOptions.EnsureCacheDuration"/>
    /// costs no request (<see cref="SyncResult.Unchanged"/>). When at least 32 of the first items have no cached project
    /// id, the projects are listed once (pages of 1,000) before any upsert; then an existing org costs one upsert and a new
    /// org one project create and one upsert. Below that threshold each uncached org is first looked up by external id.
    /// </para>
    /// <para>
    /// Failures: an org answered 429 or 503 is tried again (up to 3 attempts) after the answer's <c>Retry-After</c>, during
    /// which no new request starts, or after a short backoff; failures without an answer are retried the same way except
    /// for OAuth2 types, whose authorization codes are single-use. An org that still fails is listed in
    /// <see cref="SyncResult.Failed"/> and the others go on, unless <see cref="SyncOptions.StopOnFirstError"/> is set.
    /// An org that appears twice among the items fails the second time.
    /// </para>
    /// <para>
    /// Cancellation stops the workers from taking new orgs at once; orgs already started finish their attempt, so every
    /// org is either done or untouched; then <see cref="OperationCanceledException"/> is thrown.
    /// </para>
    /// </remarks>
    /// <typeparam name="TValue">The credential type; equality decides whether a cached value is still current.</typeparam>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="items">The orgs (project external ids) and their values, each org once.</param>
    /// <param name="options">Concurrency, progress and stop behaviour; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops taking new orgs.</param>
    /// <returns>The counts of upserted and unchanged orgs, and the failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="items"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    // The two SyncAsync overloads differ in the required items parameter (async or in-memory sequence), so their
    // optional parameters can never make a call ambiguous.
#pragma warning disable RS0026
    public virtual Task<SyncResult> SyncAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        IAsyncEnumerable<(string ExternalProjectId, TValue Value)> items,
        SyncOptions? options = null,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue> =>
        Operations.Sync<TValue>(descriptor, options).RunTracedAsync(items, cancellationToken);

    /// <summary>
    /// Like <see cref="SyncAsync{TValue}(PredefinedConnectionDescriptor, IAsyncEnumerable{ValueTuple{string, TValue}}, SyncOptions?, CancellationToken)"/>
    /// over an in-memory sequence.
    /// </summary>
    /// <typeparam name="TValue">The credential type.</typeparam>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="items">The orgs and their values, each org once.</param>
    /// <param name="options">Concurrency, progress and stop behaviour; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops taking new orgs.</param>
    /// <returns>The counts of upserted and unchanged orgs, and the failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> or <paramref name="items"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public virtual Task<SyncResult> SyncAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        IEnumerable<(string ExternalProjectId, TValue Value)> items,
        SyncOptions? options = null,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue> =>
        Operations.Sync<TValue>(descriptor, options).RunTracedAsync(SyncRun<TValue>.AsAsync(items ?? throw new ArgumentNullException(nameof(items))), cancellationToken);
#pragma warning restore RS0026

    /// <summary>
    /// Audits the piece's global connections: one pass over the projects and one over the platform-wide connection
    /// listing (<c>GET /v1/platform-app-connections</c>, in pages of 5,000: about 15 requests for 10,000 connections).
    /// On a server without that listing (before May 2026) it lists the global connections and then the PROJECT-scope
    /// rows of each live project the piece's connections list, one request per project, and says so in
    /// <see cref="ConnectionAudit.UsedPerProjectPass"/>. Finds orphaned, duplicate, mismatched, wrong-piece, inactive
    /// and shadowed rows (<see cref="FindingKind"/>).
    /// </summary>
    /// <param name="descriptor">The piece and prefix; it must store global (<see cref="ConnectionScope.Platform"/>) connections.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="ArgumentException">The descriptor stores PROJECT-scope connections.</exception>
#pragma warning disable RS0026 // The options overload is required; this one keeps the original call shape.
    public virtual Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken = default) =>
        Operations.Audit.RunAsync(descriptor, null, cancellationToken);

    /// <summary>
    /// Like <see cref="AuditAsync(PredefinedConnectionDescriptor, CancellationToken)"/>, with options; with
    /// <see cref="AuditOptions.Revalidate"/> the server also checks the credentials of each of the piece's connections
    /// that a live project lists (one request each, <see cref="AuditOptions.MaxRevalidationConcurrency"/> at a time),
    /// and a rejected one is reported as <see cref="FindingKind.InvalidCredentials"/>.
    /// </summary>
    /// <param name="descriptor">The piece and prefix; it must store global (<see cref="ConnectionScope.Platform"/>) connections.</param>
    /// <param name="options">Whether to revalidate, and how many at a time.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The counts and the findings.</returns>
    /// <exception cref="ArgumentException">The descriptor stores PROJECT-scope connections.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AuditOptions.MaxRevalidationConcurrency"/> is not between 1 and 64.</exception>
    /// <exception cref="ActivepiecesApiException">The server answered with an error, or has no revalidate route (before 0.86.3).</exception>
    public virtual Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, AuditOptions options, CancellationToken cancellationToken = default) =>
        Operations.Audit.RunAsync(descriptor, options ?? throw new ArgumentNullException(nameof(options)), cancellationToken);
#pragma warning restore RS0026

    /// <summary>
    /// Deletes what <paramref name="audit"/> found repairable: orphaned rows, the stale duplicates of an external id
    /// (the row listing the live project is kept) and shadowing placeholders. A row already gone counts as deleted, so
    /// an interrupted repair can be run again. Other findings are left and returned.
    /// </summary>
    /// <param name="audit">A result of <see cref="AuditAsync(PredefinedConnectionDescriptor, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>What was deleted and what was left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is null.</exception>
    public virtual Task<ConnectionRepair> RepairAsync(ConnectionAudit audit, CancellationToken cancellationToken = default) =>
        Operations.Repair.RunAsync(audit, cancellationToken);

    /// <summary>
    /// Explains whether the piece's <c>connections.get("{prefix}{org}")</c> resolves in the org's project, resolving it
    /// as the worker does (any row, of either scope and any piece, with that exact external id and listing the
    /// project), and says in one sentence what to do. Reads the server, never this client's caches.
    /// </summary>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The org (project external id).</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="ArgumentException"><paramref name="externalProjectId"/> is not a valid org id (<see cref="ExternalProjectIdRule"/>).</exception>
#pragma warning disable RS0026 // The options overload is required; this one keeps the original call shape.
    public virtual Task<ConnectionDiagnosis> DiagnoseAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default) =>
        Operations.Diagnose.RunAsync(descriptor, externalProjectId, null, cancellationToken);

    /// <summary>
    /// Like <see cref="DiagnoseAsync(PredefinedConnectionDescriptor, string, CancellationToken)"/>, with options; with
    /// <see cref="DiagnoseOptions.Revalidate"/> the server also checks the credentials of the row that resolves, and a
    /// rejected one is diagnosed <see cref="DiagnosisCause.InvalidCredentials"/>.
    /// </summary>
    /// <param name="descriptor">The piece and naming convention.</param>
    /// <param name="externalProjectId">The org (project external id).</param>
    /// <param name="options">Whether to revalidate.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The diagnosis.</returns>
    /// <exception cref="ArgumentException"><paramref name="externalProjectId"/> is not a valid org id (<see cref="ExternalProjectIdRule"/>).</exception>
    /// <exception cref="ActivepiecesApiException">The server answered with an error, or has no revalidate route (before 0.86.3).</exception>
    public virtual Task<ConnectionDiagnosis> DiagnoseAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        DiagnoseOptions options,
        CancellationToken cancellationToken = default) =>
        Operations.Diagnose.RunAsync(descriptor, externalProjectId, options ?? throw new ArgumentNullException(nameof(options)), cancellationToken);
#pragma warning restore RS0026
}
