namespace Activepieces;

/// <summary>The platform projects API (<c>/v1/projects</c>).</summary>
public interface IProjectsApi
{
    /// <summary>Finds the project with an external id.</summary>
    /// <param name="externalId">The external id (exact match).</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The project, or <see langword="null"/> when none has that external id.</returns>
    /// <exception cref="ActivepiecesApiException">The server answered with an error (never mapped to "not found").</exception>
    Task<Project?> GetByExternalIdAsync(string externalId, CancellationToken cancellationToken = default);

    /// <summary>Creates a project. Not retried automatically (a retry could create a duplicate).</summary>
    /// <param name="request">The project.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The created project.</returns>
    Task<Project> CreateAsync(CreateProjectRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the project with <paramref name="externalId"/>, creating it when missing. Race-safe: concurrent calls in
    /// this process share one operation; a duplicate created by another process, or a create whose answer was lost, is
    /// detected by reading the project back before any retry.
    /// </summary>
    /// <param name="externalId">The external id (your customer org id).</param>
    /// <param name="displayName">The display name of a new project; default: the external id with '.' and '/' replaced.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The existing or new project.</returns>
    Task<Project> GetOrCreateAsync(string externalId, string? displayName = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a project.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>The updated project.</returns>
    Task<Project> UpdateAsync(string projectId, UpdateProjectRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes (soft-deletes) a project.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="cancellationToken">Cancels the HTTP call.</param>
    /// <returns>A task that completes when the project is deleted.</returns>
    Task DeleteAsync(string projectId, CancellationToken cancellationToken = default);

    /// <summary>Lists the projects of the platform, following the seek cursors page by page.</summary>
    /// <param name="filter">Optional filters.</param>
    /// <param name="cancellationToken">Cancels the HTTP calls.</param>
    /// <returns>The projects.</returns>
    IAsyncEnumerable<Project> ListAsync(ProjectListFilter? filter = null, CancellationToken cancellationToken = default);
}
