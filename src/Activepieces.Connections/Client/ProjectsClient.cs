using Activepieces.Client;
using Activepieces.Fleet.Offboard;
using Activepieces.Provisioning;
using Activepieces.Resources.Projects;

namespace Activepieces;

/// <summary>The platform projects API (<c>/v1/projects</c>).</summary>
public class ProjectsClient
{
    private readonly ProjectDirectory? _projects;
    private readonly ProjectsResource? _resource;
    private readonly ProjectOffboarding? _offboarding;

    /// <summary>Creates a client for mocking: a subclass overrides the members it uses; the others throw.</summary>
    protected ProjectsClient()
    {
    }

    internal ProjectsClient(ProjectDirectory projects, ProjectsResource resource, ProjectOffboarding offboarding)
    {
        _projects = projects;
        _resource = resource;
        _offboarding = offboarding;
    }

    private ProjectDirectory Projects => _projects ?? throw ClientMocks.NotConfigured(nameof(ProjectsClient));

    private ProjectsResource Resource => _resource ?? throw ClientMocks.NotConfigured(nameof(ProjectsClient));

    private ProjectOffboarding Offboarding => _offboarding ?? throw ClientMocks.NotConfigured(nameof(ProjectsClient));

    /// <summary>Finds the project with an external id.</summary>
    /// <param name="externalId">The external id (exact match; your customer org id).</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The project, or <see langword="null"/> when none has that external id.</returns>
    /// <exception cref="ArgumentException"><paramref name="externalId"/> is not a valid org id (<see cref="ExternalProjectIdRule"/>; before any request).</exception>
    /// <exception cref="ActivepiecesApiException">The server answered with an error (never mapped to "not found").</exception>
    public virtual Task<Project?> GetByExternalIdAsync(string externalId, CancellationToken cancellationToken = default) =>
        Projects.GetByExternalIdAsync(externalId, cancellationToken);

    /// <summary>Creates a project. Not retried automatically (a retry could create a duplicate).</summary>
    /// <param name="request">The project.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The created project.</returns>
    /// <exception cref="ArgumentException">The display name or external id is invalid (<see cref="ExternalProjectIdRule"/>; before any request).</exception>
    public virtual Task<Project> CreateAsync(CreateProjectRequest request, CancellationToken cancellationToken = default) =>
        Projects.CreateAsync(request, cancellationToken);

    /// <summary>
    /// Returns the project with <paramref name="externalId"/>, creating it when missing. Race-safe: concurrent calls in
    /// this process share one operation; a duplicate created by another process, or a create whose answer was lost, is
    /// detected by reading the project back before any retry.
    /// </summary>
    /// <param name="externalId">The external id (your customer org id).</param>
    /// <param name="displayName">The display name of a new project; default: the external id with '.' and '/' replaced.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The existing or new project.</returns>
    /// <exception cref="ArgumentException"><paramref name="externalId"/> is not a valid org id (<see cref="ExternalProjectIdRule"/>) or the display name is invalid (before any request).</exception>
    public virtual Task<Project> GetOrCreateAsync(string externalId, string? displayName = null, CancellationToken cancellationToken = default) =>
        Projects.GetOrCreateAsync(externalId, displayName, cancellationToken);

    /// <summary>Updates a project.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The updated project.</returns>
    /// <exception cref="ArgumentException">The display name or the new external id is invalid (<see cref="ExternalProjectIdRule"/>; before any request).</exception>
    public virtual Task<Project> UpdateAsync(string projectId, UpdateProjectRequest request, CancellationToken cancellationToken = default) =>
        Projects.UpdateAsync(projectId, request, cancellationToken);

    /// <summary>Deletes (soft-deletes) a project.</summary>
    /// <remarks>
    /// The client forgets the project's id and the Ensure entries of its org. With <c>UseDistributedEnsureCache</c> it
    /// removes them from the shared cache too, before this returns; a project this client has not seen is read first
    /// (<c>GET /v1/projects/:id</c>, one request) to learn the external id those entries are kept under.
    /// </remarks>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the project is deleted.</returns>
    public virtual Task DeleteAsync(string projectId, CancellationToken cancellationToken = default) =>
        Projects.DeleteAsync(projectId, cancellationToken);

    /// <summary>
    /// Offboards a customer so that no credential outlives its project: deletes the project's own (PROJECT-scope)
    /// connections; deletes each global connection that lists only this project and removes the project from those that
    /// list other projects too (<c>POST /v1/global-connections/:id</c>); then deletes the project.
    /// </summary>
    /// <remarks>
    /// Deleting the project alone is not enough: the server removes its PROJECT-scope connections only later, and global
    /// connections keep the dead project id (and their credentials) until someone deletes them; a new project that
    /// reuses the external id then gets a second global row beside the old one.
    /// <para>
    /// Idempotent: a run finds the project by its external id on the server, collects the connections that list it, and
    /// treats 404s as "already done"; the project is deleted last, so a run that fails halfway (the exception
    /// propagates) leaves the project in place and the next run finishes the work. A run after a completed one finds no
    /// project and does nothing. Connections added for the project while a run is in progress may survive it.
    /// </para>
    /// </remarks>
    /// <param name="externalProjectId">The project's external id (your customer org id).</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>What this run did; <see cref="ProjectOffboardingResult.ProjectId"/> is null when no project was found.</returns>
    /// <exception cref="ArgumentException"><paramref name="externalProjectId"/> is not a valid org id (<see cref="ExternalProjectIdRule"/>; before any request).</exception>
    /// <exception cref="ActivepiecesException">A call failed; run the offboarding again to finish it.</exception>
    public virtual Task<ProjectOffboardingResult> OffboardAsync(string externalProjectId, CancellationToken cancellationToken = default) =>
        Offboarding.RunAsync(externalProjectId, cancellationToken);

    /// <summary>Lists the projects of the platform, following the seek cursors page by page.</summary>
    /// <param name="filter">Optional filters.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The projects.</returns>
    public virtual IAsyncEnumerable<Project> ListAsync(ProjectListFilter? filter = null, CancellationToken cancellationToken = default) =>
        Resource.ListAsync(filter, cancellationToken);
}
