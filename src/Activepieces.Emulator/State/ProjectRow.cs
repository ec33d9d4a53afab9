using Activepieces.Emulator.Inspection;

namespace Activepieces.Emulator.State;

/// <summary>A stored project (mutable; only touched under <see cref="EmulatorState"/>'s lock).</summary>
internal sealed class ProjectRow
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; set; }

    public required string DisplayName { get; set; }

    public required string? ExternalId { get; set; }

    public required string? MetadataJson { get; set; }

    public required double? MaxConcurrentJobs { get; set; }

    public required string IconColor { get; set; }

    public required string PlanId { get; init; }

    /// <summary>When the project's plan row (piece filter) was last written.</summary>
    public required DateTimeOffset PlanUpdated { get; set; }

    public bool ReleasesEnabled { get; set; }

    public string PiecesFilterType { get; set; } = "NONE";

    public IReadOnlyList<string> Pieces { get; set; } = [];

    public bool Deleted { get; set; }

    /// <summary>A detached copy, safe to read outside the lock.</summary>
    public ProjectRow Copy() => (ProjectRow)MemberwiseClone();

    public EmulatedProject ToSnapshot() => new()
    {
        Id = Id,
        ExternalId = ExternalId,
        DisplayName = DisplayName,
        Created = Created,
        Updated = Updated,
        MetadataJson = MetadataJson,
        ReleasesEnabled = ReleasesEnabled,
        MaxConcurrentJobs = MaxConcurrentJobs,
        PiecesFilterType = PiecesFilterType,
        Pieces = Pieces.ToArray(),
    };
}
