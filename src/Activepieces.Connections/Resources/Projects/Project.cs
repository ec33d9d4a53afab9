using System.Text.Json;

namespace Activepieces;

/// <summary>An Activepieces project (<c>ProjectWithLimits</c>, limits omitted).</summary>
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

    /// <summary>The id, external id and display name.</summary>
    /// <returns>E.g. <c>Project { Id = p1, ExternalId = org_1, DisplayName = org_1 }</c>.</returns>
    public override string ToString() =>
        $"Project {{ Id = {Id}, ExternalId = {ExternalId}, DisplayName = {DisplayName} }}";
}
