namespace Activepieces;

/// <summary>The filters of <c>GET /v1/projects</c>.</summary>
public sealed class ProjectListFilter
{
    /// <summary>Exact external id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Case-insensitive display-name substring.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The page size the server is asked for (default 50).</summary>
    public int? PageSize { get; init; }
}
