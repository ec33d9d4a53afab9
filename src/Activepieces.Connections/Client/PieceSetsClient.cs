using Activepieces.Client;
using Activepieces.Provisioning;
using Activepieces.Resources.PieceSets;

namespace Activepieces;

/// <summary>
/// The piece sets (<c>/v1/piece-sets</c>), which replaced the projects' piece filters and piece tags: each project shows
/// the pieces of its set, or of the platform's default set. Every route needs a platform plan with piece management
/// (<c>managePiecesEnabled</c>); without it each call throws an <see cref="ActivepiecesApiException"/> with status 402.
/// </summary>
/// <remarks>
/// Every embed login assigns the project a set: the one its token names (<c>EmbedTokenClaims.PieceSet</c>), else the
/// default set. A set assigned with <see cref="AssignProjectsAsync"/> therefore lasts until the project's next login.
/// </remarks>
public class PieceSetsClient
{
    private readonly PieceSetsResource? _resource;
    private readonly PieceSetProvisioner? _provisioner;

    /// <summary>Creates a client for mocking: a subclass overrides the members it uses; the others throw.</summary>
    protected PieceSetsClient()
    {
    }

    internal PieceSetsClient(PieceSetsResource resource, PieceSetProvisioner provisioner)
    {
        _resource = resource;
        _provisioner = provisioner;
    }

    private PieceSetsResource Resource => _resource ?? throw ClientMocks.NotConfigured(nameof(PieceSetsClient));

    private PieceSetProvisioner Provisioner => _provisioner ?? throw ClientMocks.NotConfigured(nameof(PieceSetsClient));

    /// <summary>Lists the platform's piece sets, oldest first, following the seek cursors page by page.</summary>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The sets, the default one included.</returns>
    /// <exception cref="ActivepiecesApiException">402 when the plan lacks piece management, or another error.</exception>
    public virtual IAsyncEnumerable<PieceSet> ListAsync(CancellationToken cancellationToken = default) =>
        Resource.ListAsync(cancellationToken);

    /// <summary>Creates a piece set, which shows every piece until it is updated. Not retried automatically.</summary>
    /// <param name="request">The name and, optionally, the key.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The created set.</returns>
    /// <exception cref="ArgumentException">The name or key is empty (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">409 <c>VALIDATION</c> when another set has the key; 402 without piece management.</exception>
    public virtual Task<PieceSet> CreateAsync(CreatePieceSetRequest request, CancellationToken cancellationToken = default) =>
        Resource.CreateAsync(request, cancellationToken);

    /// <summary>Gets a piece set.</summary>
    /// <param name="pieceSetId">The set id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ActivepiecesApiException">404 <c>ENTITY_NOT_FOUND</c> for an unknown id; 402 without piece management.</exception>
    public virtual Task<PieceSet> GetAsync(string pieceSetId, CancellationToken cancellationToken = default) =>
        Resource.GetAsync(pieceSetId, cancellationToken);

    /// <summary>Updates a piece set; the members left null are unchanged.</summary>
    /// <param name="pieceSetId">The set id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The updated set.</returns>
    /// <exception cref="ArgumentException">An empty name or key, or pieces without a mode (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">404 for an unknown id, 409 for a used key, 402 without piece management.</exception>
    public virtual Task<PieceSet> UpdateAsync(string pieceSetId, UpdatePieceSetRequest request, CancellationToken cancellationToken = default) =>
        Resource.UpdateAsync(pieceSetId, request, cancellationToken);

    /// <summary>Deletes a piece set; its projects fall back to the default set.</summary>
    /// <param name="pieceSetId">The set id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the set is deleted.</returns>
    /// <exception cref="ActivepiecesApiException">404 for an unknown id, 409 for the default set, 402 without piece management.</exception>
    public virtual Task DeleteAsync(string pieceSetId, CancellationToken cancellationToken = default) =>
        Resource.DeleteAsync(pieceSetId, cancellationToken);

    /// <summary>Copies a piece set's pieces, actions and triggers into a new set. Not retried automatically.</summary>
    /// <param name="pieceSetId">The set to copy.</param>
    /// <param name="name">The new set's name (its key is derived from it).</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The new set.</returns>
    public virtual Task<PieceSet> DuplicateAsync(string pieceSetId, string name, CancellationToken cancellationToken = default) =>
        Resource.DuplicateAsync(pieceSetId, name, cancellationToken);

    /// <summary>
    /// Assigns a piece set to projects (<c>POST /v1/piece-sets/:id/projects</c>). The next embed login of each project
    /// assigns the set its token names instead.
    /// </summary>
    /// <param name="pieceSetId">The set id.</param>
    /// <param name="projectIds">At least one project id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the set is assigned.</returns>
    /// <exception cref="ArgumentException">No project id, or an invalid one (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">404 for an unknown set or project (then none is assigned); 402 without piece management.</exception>
    public virtual Task AssignProjectsAsync(string pieceSetId, IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken = default) =>
        Resource.AssignProjectsAsync(pieceSetId, projectIds, cancellationToken);

    /// <summary>Takes a piece set away from a project, which falls back to the default set.</summary>
    /// <param name="pieceSetId">The set id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the set is unassigned.</returns>
    public virtual Task UnassignProjectAsync(string pieceSetId, string projectId, CancellationToken cancellationToken = default) =>
        Resource.UnassignProjectAsync(pieceSetId, projectId, cancellationToken);

    /// <summary>
    /// Makes the piece set keyed <paramref name="key"/> show exactly <paramref name="pieceNames"/> under
    /// <paramref name="name"/>: creates it when missing, updates it when its name or pieces differ, and writes nothing
    /// when they are equal (the order of the pieces does not matter). For a SaaS that keeps one set per plan tier and
    /// names it in each embed token. Its actions and triggers are left as they are.
    /// </summary>
    /// <remarks>
    /// The API has no lookup by key, so each call reads the list of sets (one request per 100 sets); call it at start
    /// or when a tier changes, not per login. Concurrent calls from several replicas converge: a create that meets the
    /// key another replica just created reads that set and updates it.
    /// </remarks>
    /// <param name="key">The set's key, e.g. <c>pro</c>: what the embed token's <c>pieceSet</c> claim names.</param>
    /// <param name="name">The set's display name.</param>
    /// <param name="pieceNames">The npm package names the set shows, e.g. <c>@activepieces/piece-slack</c>.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The set as the server holds it afterwards.</returns>
    /// <exception cref="ArgumentException">An empty key or name, or an invalid piece name (before any request).</exception>
    /// <exception cref="ActivepiecesApiException">402 when the plan lacks piece management, or another error.</exception>
    public virtual Task<PieceSet> EnsureAsync(string key, string name, IReadOnlyCollection<string> pieceNames, CancellationToken cancellationToken = default) =>
        Provisioner.EnsureAsync(key, name, pieceNames, cancellationToken);
}
