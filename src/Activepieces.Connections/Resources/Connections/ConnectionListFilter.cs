namespace Activepieces;

/// <summary>The filters of <c>GET /v1/global-connections</c> and <c>GET /v1/app-connections</c>.</summary>
public sealed class ConnectionListFilter
{
    /// <summary>Exact piece name.</summary>
    public string? PieceName { get; init; }

    /// <summary>Case-insensitive display-name substring.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Statuses to include (<c>ACTIVE</c>, <c>MISSING</c>, <c>ERROR</c>).</summary>
    public IReadOnlyList<AppConnectionStatus>? Statuses { get; init; }

    /// <summary>Only for app connections: <c>PLATFORM</c> (global connections listing the project) or <c>PROJECT</c>.</summary>
    public AppConnectionScope? Scope { get; init; }

    /// <summary>The page size the server is asked for (server default 10).</summary>
    public int? PageSize { get; init; }
}
