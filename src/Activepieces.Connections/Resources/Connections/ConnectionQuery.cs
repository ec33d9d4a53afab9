namespace Activepieces.Internal;

/// <summary>The query of the connection list endpoints.</summary>
internal static class ConnectionQuery
{
    public static QueryString From(ConnectionListFilter? filter, string? projectId = null) => new QueryString()
        .Add("projectId", projectId)
        .Add("pieceName", filter?.PieceName)
        .Add("displayName", filter?.DisplayName)
        .AddEach("status", filter?.Statuses)
        .Add("scope", filter?.Scope?.ToWireName())
        .Add("limit", filter?.PageSize);
}
