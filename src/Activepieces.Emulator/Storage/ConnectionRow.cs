using Activepieces.Emulator.Inspection;

namespace Activepieces.Emulator.Storage;

/// <summary>A stored app connection (mutable; only touched inside an <see cref="EmulatorDatabase"/> transaction).</summary>
internal sealed class ConnectionRow
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; set; }

    public required string ExternalId { get; init; }

    public required string DisplayName { get; set; }

    public required string Type { get; set; }

    public required string PieceName { get; set; }

    public required string PieceVersion { get; set; }

    public required string Scope { get; init; }

    public required string Status { get; set; }

    public required List<string> ProjectIds { get; set; }

    public required string? MetadataJson { get; set; }

    public required bool PreSelectForNewProjects { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>SECRET: the stored value JSON.</summary>
    public required string ValueJson { get; set; }

    /// <summary>Whether <see cref="ValueJson"/> holds a secret-manager reference (written with the value).</summary>
    public required bool UsingSecretManager { get; set; }

    public EmulatedConnection ToSnapshot() => new()
    {
        Id = Id,
        ExternalId = ExternalId,
        DisplayName = DisplayName,
        Type = Type,
        PieceName = PieceName,
        PieceVersion = PieceVersion,
        Scope = Scope,
        Status = Status,
        ProjectIds = ProjectIds.ToArray(),
        MetadataJson = MetadataJson,
        PreSelectForNewProjects = PreSelectForNewProjects,
        OwnerId = OwnerId,
        Created = Created,
        Updated = Updated,
        ValueJson = ValueJson,
        UsingSecretManager = UsingSecretManager,
        Sequence = Sequence,
    };

    public override string ToString() => $"{Scope} connection {Id} externalId={ExternalId}";
}
