using Activepieces.Transport;

namespace Activepieces.Resources.Connections;

/// <summary>The query of the connection list endpoints.</summary>
internal static class ConnectionQuery
{
    public static QueryString From(ConnectionListFilter? filter, string? projectId = null) => new QueryString()
        .Add("projectId", projectId)
        .Add("pieceName", filter?.PieceName)
        .Add("displayName", filter?.DisplayName)
        .AddEach("status", filter?.Statuses?.Select(status => status.ToString()))
        .Add("scope", filter?.Scope?.ToString())
        .Add("limit", filter?.PageSize);
}
