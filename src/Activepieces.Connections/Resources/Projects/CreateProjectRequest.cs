namespace Activepieces;

/// <summary>The body of <c>POST /v1/projects</c> (<c>CreatePlatformProjectRequest</c>).</summary>
public sealed class CreateProjectRequest
{
    /// <summary>The display name; must match <c>^[^./]+$</c> (no '.' or '/').</summary>
    public required string DisplayName { get; init; }

    /// <summary>The external id (your customer org id); unique per platform; a valid org id (<see cref="ExternalProjectIdRule"/>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>Free-form string metadata.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>The maximum number of concurrent jobs.</summary>
    public int? MaxConcurrentJobs { get; init; }

    /// <summary>External ids of global connections the new project is added to.</summary>
    public IReadOnlyList<string>? GlobalConnectionExternalIds { get; init; }

    /// <summary>The e-mail address that receives the project's alerts (<c>alertReceiverEmail</c>).</summary>
    public string? AlertReceiverEmail { get; init; }
}
