namespace Activepieces;

/// <summary>What one <see cref="ProjectsClient.OffboardAsync"/> run did. A run that finds nothing left to do has empty lists.</summary>
public sealed class ProjectOffboardingResult
{
    /// <summary>The project's external id (your customer org id).</summary>
    public required string ExternalProjectId { get; init; }

    /// <summary>The project id, or <see langword="null"/> when no live project had the external id (already offboarded).</summary>
    public string? ProjectId { get; init; }

    /// <summary>Whether this run deleted the project.</summary>
    public bool ProjectDeleted { get; init; }

    /// <summary>The ids of the project's own (PROJECT-scope) connections this run deleted.</summary>
    public IReadOnlyList<string> DeletedProjectConnectionIds { get; init; } = [];

    /// <summary>The ids of the global connections that listed only this project, which this run deleted.</summary>
    public IReadOnlyList<string> DeletedGlobalConnectionIds { get; init; } = [];

    /// <summary>The ids of the global connections that also list other projects, from which this run removed the project.</summary>
    public IReadOnlyList<string> DetachedGlobalConnectionIds { get; init; } = [];

    /// <summary>The org, its project and the counts of what the run did.</summary>
    /// <returns>E.g. <c>ProjectOffboardingResult { ExternalProjectId = org_1, ProjectId = p1, ProjectDeleted = True, DeletedProjectConnections = 1, DeletedGlobalConnections = 2, DetachedGlobalConnections = 0 }</c>.</returns>
    public override string ToString() =>
        $"ProjectOffboardingResult {{ ExternalProjectId = {ExternalProjectId}, ProjectId = {ProjectId}, ProjectDeleted = {ProjectDeleted}, DeletedProjectConnections = {DeletedProjectConnectionIds.Count}, DeletedGlobalConnections = {DeletedGlobalConnectionIds.Count}, DetachedGlobalConnections = {DetachedGlobalConnectionIds.Count} }}";
}
