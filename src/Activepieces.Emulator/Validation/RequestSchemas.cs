using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// The emulator's mirror of the real Zod request schemas of <c>@activepieces/shared@0.96.2</c>. Each method returns
/// <see langword="null"/> when the real schema's <c>safeParse</c> accepts the input, otherwise the Fastify validation
/// message (e.g. <c>body/value/secret_text must NOT have fewer than 1 characters</c>) that the emulator answers with a 400.
/// The contract tests (tests/Activepieces.Contract.Tests) prove agreement with the real schemas case by case.
/// </summary>
/// <remarks>Owned by the contract work; the routes call it before authentication, as Fastify does.</remarks>
internal static class RequestSchemas
{
    /// <summary><c>UpsertGlobalConnectionRequestBody</c> (POST /v1/global-connections).</summary>
    public static string? ValidateUpsertGlobalConnection(JsonElement body) => RequireObject(body);

    /// <summary><c>UpsertAppConnectionRequestBody</c> (POST /v1/app-connections).</summary>
    public static string? ValidateUpsertAppConnection(JsonElement body) => RequireObject(body);

    /// <summary><c>UpdateGlobalConnectionValueRequestBody</c> (POST /v1/global-connections/:id).</summary>
    public static string? ValidateUpdateGlobalConnection(JsonElement body) => RequireObject(body);

    /// <summary><c>UpdateConnectionValueRequestBody</c> (POST /v1/app-connections/:id).</summary>
    public static string? ValidateUpdateAppConnection(JsonElement body) => RequireObject(body);

    /// <summary><c>CreatePlatformProjectRequest</c> (POST /v1/projects).</summary>
    public static string? ValidateCreateProject(JsonElement body) => RequireObject(body);

    /// <summary><c>UpdateProjectPlatformRequest</c> (POST /v1/projects/:id).</summary>
    public static string? ValidateUpdateProject(JsonElement body) => RequireObject(body);

    /// <summary>
    /// A query-string schema (<c>ListGlobalConnectionsRequestQuery</c>, <c>ListAppConnectionsRequestQuery</c>,
    /// <c>ListProjectRequestForPlatformQueryParams</c>), given the query as name → values.
    /// </summary>
    public static string? ValidateQuery(QuerySchema schema, IReadOnlyDictionary<string, string[]> query) => null;

    private static string? RequireObject(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object ? null : "body must be object";
}

/// <summary>The query-string schemas the emulator validates.</summary>
internal enum QuerySchema
{
    /// <summary><c>ListGlobalConnectionsRequestQuery</c>.</summary>
    ListGlobalConnections,

    /// <summary><c>ListAppConnectionsRequestQuery</c> (<c>projectId</c> required).</summary>
    ListAppConnections,

    /// <summary><c>ListProjectRequestForPlatformQueryParams</c>.</summary>
    ListProjects,
}
