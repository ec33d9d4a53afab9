using Activepieces.Emulator.Inspection;

namespace Activepieces.Emulator.Storage;

/// <summary>A stored project (mutable; only touched inside an <see cref="EmulatorDatabase"/> transaction).</summary>
internal sealed class ProjectRow
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The external id; written only through <see cref="ProjectStore.SetExternalId"/>, which keeps its index.</summary>
    public required string? ExternalId { get; set; }

    public required string? MetadataJson { get; set; }

    public required double? MaxConcurrentJobs { get; set; }

    public required string IconColor { get; set; }

    public required string PlanId { get; init; }

    /// <summary>When the project's plan row was last written.</summary>
    public required DateTimeOffset PlanUpdated { get; set; }

    public bool ReleasesEnabled { get; set; }

    /// <summary>The assigned piece set; <see langword="null"/> means the platform's default set.</summary>
    public string? PieceSetId { get; set; }

    /// <summary><c>workerGroupId</c> (0.86.x), or <see langword="null"/>.</summary>
    public string? WorkerGroupId { get; set; }

    /// <summary><c>executionDataRetentionDays</c> (0.86.x), or <see langword="null"/> (the platform's default).</summary>
    public double? ExecutionDataRetentionDays { get; set; }

    /// <summary><c>notifyFlowOwnerOnFailure</c> (0.86.x).</summary>
    public bool NotifyFlowOwnerOnFailure { get; set; }

    /// <summary><c>plan.activeFlowsLimit</c> (0.86.x), or <see langword="null"/> (no limit).</summary>
    public double? ActiveFlowsLimit { get; set; }

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
        PieceSetId = PieceSetId,
    };
}
