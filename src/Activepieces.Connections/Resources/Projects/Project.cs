using System.Text.Json;

namespace Activepieces;

/// <summary>An Activepieces project (<c>ProjectWithLimits</c>; of its plan, only the active-flows limit).</summary>
public sealed class Project
{
    /// <summary>The project id (ApId).</summary>
    public required string Id { get; init; }

    /// <summary>When the project was created.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>When the project was last updated.</summary>
    public DateTimeOffset Updated { get; init; }

    /// <summary>The display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The external id (your customer org id), if any.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The platform id.</summary>
    public string? PlatformId { get; init; }

    /// <summary>The owner user id.</summary>
    public string? OwnerId { get; init; }

    /// <summary><c>TEAM</c> or <c>PERSONAL</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Whether releases are enabled.</summary>
    public bool ReleasesEnabled { get; init; }

    /// <summary>The project metadata, if any.</summary>
    public JsonElement? Metadata { get; init; }

    /// <summary>
    /// The id of the project's piece set (<c>pieceSetId</c>); <see langword="null"/> means the platform's default set.
    /// Every embed login assigns it anew.
    /// </summary>
    public string? PieceSetId { get; init; }

    /// <summary>The worker group that runs the project's flows (<c>workerGroupId</c>); <see langword="null"/> for the platform's.</summary>
    public string? WorkerGroupId { get; init; }

    /// <summary>How many days run data is kept (<c>executionDataRetentionDays</c>); <see langword="null"/> for the server's default.</summary>
    public int? ExecutionDataRetentionDays { get; init; }

    /// <summary>Whether a flow's owner is notified when a run fails (<c>notifyFlowOwnerOnFailure</c>).</summary>
    public bool NotifyFlowOwnerOnFailure { get; init; }

    /// <summary>The project's plan (<c>plan</c>), or <see langword="null"/> when the answer has none.</summary>
    public ProjectPlan? Plan { get; init; }

    /// <summary>The id, external id and display name.</summary>
    /// <returns>E.g. <c>Project { Id = p1, ExternalId = org_1, DisplayName = org_1 }</c>.</returns>
    public override string ToString() =>
        $"Project {{ Id = {Id}, ExternalId = {ExternalId}, DisplayName = {DisplayName} }}";
}
