namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// The filters of a connection list: membership of one project, scope, exact piece name, display-name substring
/// (case-insensitive), statuses, and (the platform listing's) membership of any of several projects and owners.
/// </summary>
internal sealed record ConnectionFilter(
    string? ProjectId,
    string? Scope,
    string? PieceName,
    string? DisplayName,
    IReadOnlyList<string>? Statuses,
    IReadOnlyList<string>? AnyOfProjectIds = null,
    IReadOnlyList<string>? OwnerIds = null)
{
    /// <summary>Whether <paramref name="projectIds"/>, <paramref name="scope"/>, … of a row pass every filter that is set.</summary>
    public bool Matches(IReadOnlyList<string> projectIds, string scope, string pieceName, string displayName, string status, string ownerId) =>
        (ProjectId is null || projectIds.Contains(ProjectId))
        && (Scope is null || scope == Scope)
        && (PieceName is null || pieceName == PieceName)
        && (DisplayName is null || displayName.Contains(DisplayName, StringComparison.OrdinalIgnoreCase))
        && (Statuses is null || Statuses.Contains(status))
        && (AnyOfProjectIds is null || AnyOfProjectIds.Any(projectIds.Contains))
        && (OwnerIds is null || OwnerIds.Contains(ownerId));
}
