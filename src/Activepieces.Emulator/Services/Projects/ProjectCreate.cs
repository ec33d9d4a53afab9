namespace Activepieces.Emulator.Services.Projects;

/// <summary>A project creation (<c>CreatePlatformProjectRequest</c>) or an embed-token get-or-create.</summary>
internal sealed record ProjectCreate(
    string DisplayName,
    string? ExternalId,
    string? MetadataJson,
    double? MaxConcurrentJobs,
    IReadOnlyList<string>? GlobalConnectionExternalIds);
