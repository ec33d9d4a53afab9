namespace Activepieces;

/// <summary>The body of <c>POST /v1/projects/:id</c> (<c>UpdateProjectPlatformRequest</c>); null members are left unchanged.</summary>
public sealed class UpdateProjectRequest
{
    /// <summary>A new display name; must match <c>^[^./]+$</c>.</summary>
    public string? DisplayName { get; init; }

    /// <summary>A new external id; a valid org id (<see cref="ExternalProjectIdRule"/>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>New metadata.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Whether releases are enabled.</summary>
    public bool? ReleasesEnabled { get; init; }

    /// <summary>The full set of global connection external ids the project belongs to.</summary>
    public IReadOnlyList<string>? GlobalConnectionExternalIds { get; init; }

    /// <summary>Whether a flow's owner is notified when a run fails.</summary>
    public bool? NotifyFlowOwnerOnFailure { get; init; }

    /// <summary>The plan's limits; <see langword="null"/> keeps them.</summary>
    public ProjectPlanUpdate? Plan { get; init; }

    /// <summary>
    /// How many days run data is kept, a positive number (an API key or a platform admin only); the server answers 409
    /// outside its bounds.
    /// </summary>
    public int? ExecutionDataRetentionDays { get; init; }

    /// <summary>The worker group that runs the project's flows.</summary>
    public string? WorkerGroupId { get; init; }
}
