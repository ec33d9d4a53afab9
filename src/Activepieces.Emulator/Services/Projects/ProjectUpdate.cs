namespace Activepieces.Emulator.Services.Projects;

/// <summary>A project update (<c>UpdateProjectPlatformRequest</c>); null members are left unchanged.</summary>
internal sealed record ProjectUpdate(
    string? DisplayName,
    string? ExternalId,
    string? MetadataJson,
    bool? ReleasesEnabled,
    string? IconColor,
    double? MaxConcurrentJobs,
    IReadOnlyList<string>? GlobalConnectionExternalIds,
    bool? NotifyFlowOwnerOnFailure = null,
    Optional<double?> ActiveFlowsLimit = default,
    Optional<double?> ExecutionDataRetentionDays = default,
    Optional<string?> WorkerGroupId = default);
