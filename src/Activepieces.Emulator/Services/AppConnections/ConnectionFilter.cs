namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>The filters of a connection list: project membership, scope, exact piece name, display-name substring (case-insensitive), statuses.</summary>
internal sealed record ConnectionFilter(
    string? ProjectId,
    string? Scope,
    string? PieceName,
    string? DisplayName,
    IReadOnlyList<string>? Statuses);
