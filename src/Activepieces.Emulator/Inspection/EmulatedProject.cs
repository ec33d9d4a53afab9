namespace Activepieces.Emulator.Inspection;

/// <summary>A read-only snapshot of a project held by the emulator (soft-deleted projects are not listed).</summary>
public sealed class EmulatedProject
{
    internal EmulatedProject()
    {
    }

    /// <summary>The project id (21-char ApId).</summary>
    public required string Id { get; init; }

    /// <summary>The SaaS-side external id, unique among live projects.</summary>
    public required string? ExternalId { get; init; }

    /// <summary>The display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>When the project was created.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>When the project was last updated.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>The project's <c>metadata</c> object as JSON text, or <see langword="null"/>.</summary>
    public required string? MetadataJson { get; init; }

    /// <summary>Whether git releases are enabled.</summary>
    public required bool ReleasesEnabled { get; init; }

    /// <summary>The concurrency limit, or <see langword="null"/>.</summary>
    public required double? MaxConcurrentJobs { get; init; }

    /// <summary>
    /// The id of the project's piece set (<c>pieceSetId</c>); <see langword="null"/> means the platform's default set.
    /// Every embed-token exchange assigns one.
    /// </summary>
    public required string? PieceSetId { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"Project {Id} externalId={ExternalId ?? "(none)"} displayName={DisplayName}";
}
