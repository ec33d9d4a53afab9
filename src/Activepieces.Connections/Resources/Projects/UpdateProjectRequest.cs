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
}
