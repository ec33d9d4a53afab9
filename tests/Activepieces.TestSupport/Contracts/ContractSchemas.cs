namespace Activepieces.TestSupport;

/// <summary>
/// The names of the real <c>@activepieces/shared</c> schemas that <see cref="ContractValidator"/> knows
/// (tests/contract/validate.js). Request schemas take <see cref="ContractDirection.Input"/>, response schemas
/// <see cref="ContractDirection.Output"/>; a query-string schema takes the query as a JSON object of
/// name → string (one value) or string array (repeated parameter).
/// </summary>
public static class ContractSchemas
{
    /// <summary>Body of <c>POST /v1/global-connections</c>.</summary>
    public const string UpsertGlobalConnectionRequestBody = nameof(UpsertGlobalConnectionRequestBody);

    /// <summary>Body of <c>POST /v1/app-connections</c>.</summary>
    public const string UpsertAppConnectionRequestBody = nameof(UpsertAppConnectionRequestBody);

    /// <summary>Body of <c>POST /v1/global-connections/:id</c>.</summary>
    public const string UpdateGlobalConnectionValueRequestBody = nameof(UpdateGlobalConnectionValueRequestBody);

    /// <summary>Body of <c>POST /v1/app-connections/:id</c>.</summary>
    public const string UpdateConnectionValueRequestBody = nameof(UpdateConnectionValueRequestBody);

    /// <summary>Body of <c>POST /v1/projects</c>.</summary>
    public const string CreatePlatformProjectRequest = nameof(CreatePlatformProjectRequest);

    /// <summary>Body of <c>POST /v1/projects/:id</c>.</summary>
    public const string UpdateProjectPlatformRequest = nameof(UpdateProjectPlatformRequest);

    /// <summary>Query of <c>GET /v1/global-connections</c>.</summary>
    public const string ListGlobalConnectionsRequestQuery = nameof(ListGlobalConnectionsRequestQuery);

    /// <summary>Query of <c>GET /v1/app-connections</c>.</summary>
    public const string ListAppConnectionsRequestQuery = nameof(ListAppConnectionsRequestQuery);

    /// <summary>Query of <c>GET /v1/projects</c>.</summary>
    public const string ListProjectRequestForPlatformQueryParams = nameof(ListProjectRequestForPlatformQueryParams);

    /// <summary>Response of a connection upsert, and each item of a connection list.</summary>
    public const string AppConnectionWithoutSensitiveData = nameof(AppConnectionWithoutSensitiveData);

    /// <summary>Response of project create/get/update, and each item of a project list.</summary>
    public const string ProjectWithLimits = nameof(ProjectWithLimits);

    /// <summary>Response of <c>GET /v1/global-connections</c> and <c>GET /v1/app-connections</c>.</summary>
    public const string SeekPageOfAppConnections = "SeekPage<AppConnectionWithoutSensitiveData>";

    /// <summary>Response of <c>GET /v1/projects</c>.</summary>
    public const string SeekPageOfProjects = "SeekPage<ProjectWithLimits>";
}
