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
    /// The plan's piece filter, <c>NONE</c> or <c>ALLOWED</c> (<c>plan.piecesFilterType</c>). Every embed-token exchange
    /// overwrites it from the token.
    /// </summary>
    public required string PiecesFilterType { get; init; }

    /// <summary>The piece names the filter allows (<c>plan.pieces</c>); empty with <c>NONE</c>.</summary>
    public required IReadOnlyList<string> Pieces { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"Project {Id} externalId={ExternalId ?? "(none)"} displayName={DisplayName}";
}
