using System.Text.Json;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Services.PieceSets;
using Activepieces.Emulator.Services.Projects;
using static Activepieces.Emulator.Validation.Zod;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// The emulator's mirror of the real Zod request schemas of <c>@activepieces/shared@0.96.2</c>. Each method returns
/// <see langword="null"/> when the real schema's <c>safeParse</c> accepts the input, otherwise the Fastify validation
/// message (e.g. <c>body/value/secret_text must NOT have fewer than 1 characters</c>) that the emulator answers with a 400.
/// The contract tests (tests/Activepieces.Contract.Tests) prove agreement with the real schemas case by case.
/// </summary>
/// <remarks>
/// The routes call it before authentication, as Fastify does. The definitions below follow
/// <c>upsert-app-connection-request.ts</c>, <c>read-app-connection-request.ts</c> and <c>project-requests.ts</c> line by line.
/// </remarks>
internal static class RequestSchemas
{
    private const string Body = "body";
    private const string Querystring = "querystring";

    private static readonly ZodRecord Metadata = Record();

    // const commonAuthProps = { externalId, displayName, pieceName, projectId, metadata?, pieceVersion? }
    private static readonly ZodObject CommonAuthProps = Object(
        ("externalId", String()),
        ("displayName", String()),
        ("pieceName", String()),
        ("projectId", String()),
        ("metadata", Metadata.Optional()),
        ("pieceVersion", String().Optional()));

    private static readonly ZodObject CommonOAuth2ValueProps = Object(
        ("client_id", String().Min(1)),
        ("code", String().Min(1)),
        ("code_challenge", String().Optional()),
        ("scope", String()),
        ("authorization_method", Enum("HEADER", "BODY").Optional()));

    private static readonly ZodObject UpsertSecretText = Typed(AppConnectionTypes.SecretText, Object(
        ("type", Literal(AppConnectionTypes.SecretText)),
        ("secret_text", String().Min(1))));

    private static readonly ZodObject UpsertOAuth2 = Typed(AppConnectionTypes.OAuth2, CommonOAuth2ValueProps.Merge(Object(
        ("client_secret", String().Min(1)),
        ("grant_type", Enum("authorization_code", "client_credentials").Optional()),
        ("props", Record().Optional()),
        ("authorization_method", Enum("HEADER", "BODY").Optional()),
        ("redirect_url", String().Min(1)),
        ("type", Literal(AppConnectionTypes.OAuth2)))));

    private static readonly ZodObject UpsertCloudOAuth2 = Typed(AppConnectionTypes.CloudOAuth2, CommonOAuth2ValueProps.Merge(Object(
        ("props", Record().Optional()),
        ("scope", String()),
        ("type", Literal(AppConnectionTypes.CloudOAuth2)))));

    private static readonly ZodObject UpsertPlatformOAuth2 = Typed(AppConnectionTypes.PlatformOAuth2, CommonOAuth2ValueProps.Merge(Object(
        ("props", Record().Optional()),
        ("type", Literal(AppConnectionTypes.PlatformOAuth2)),
        ("redirect_url", String().Min(1)))));

    private static readonly ZodObject UpsertBasicAuth = Typed(AppConnectionTypes.BasicAuth, Object(
        ("username", String().Min(1)),
        ("password", String().Min(1)),
        ("type", Literal(AppConnectionTypes.BasicAuth))));

    private static readonly ZodObject UpsertCustomAuth = Typed(AppConnectionTypes.CustomAuth, Object(
        ("type", Literal(AppConnectionTypes.CustomAuth)),
        ("props", Record())));

    private static readonly ZodObject UpsertOidc = Typed(AppConnectionTypes.Oidc, Object(
        ("type", Literal(AppConnectionTypes.Oidc)),
        ("props", Record())));

    private static readonly ZodObject UpsertNoAuth = Typed(AppConnectionTypes.NoAuth, Object(("type", Literal(AppConnectionTypes.NoAuth))));

    // UpsertPlaceholderConnectionRequest: commonAuthProps + type 'PLACEHOLDER', no value (app connections only).
    private static readonly ZodObject UpsertPlaceholder = CommonAuthProps.Merge(Object(("type", Literal(AppConnectionTypes.Placeholder))));

    private static readonly ZodUnion UpsertAppConnectionRequestBody = Union(
        "type",
        UpsertSecretText,
        UpsertOAuth2,
        UpsertCloudOAuth2,
        UpsertPlatformOAuth2,
        UpsertBasicAuth,
        UpsertCustomAuth,
        UpsertOidc,
        UpsertNoAuth,
        UpsertPlaceholder);

    private static readonly ZodObject GlobalConnectionExtras = Object(
        ("scope", Literal(AppConnectionScopes.Platform)),
        ("projectIds", Array(String())),
        ("externalId", String().Optional()),
        ("metadata", Metadata.Optional()),
        ("preSelectForNewProjects", Boolean().Optional()));

    private static readonly ZodUnion UpsertGlobalConnectionRequestBody = Union(
        "type",
        AsGlobal(UpsertSecretText),
        AsGlobal(UpsertOAuth2),
        AsGlobal(UpsertCloudOAuth2),
        AsGlobal(UpsertPlatformOAuth2),
        AsGlobal(UpsertBasicAuth),
        AsGlobal(UpsertCustomAuth),
        AsGlobal(UpsertOidc),
        AsGlobal(UpsertNoAuth));

    private static readonly ZodObject UpdateConnectionValueRequestBody = Object(
        ("displayName", String().Min(1)),
        ("metadata", Metadata.Optional()));

    private static readonly ZodObject UpdateGlobalConnectionValueRequestBody = Object(
        ("displayName", String().Min(1)),
        ("projectIds", Array(String()).Optional()),
        ("metadata", Metadata.Optional()),
        ("preSelectForNewProjects", Boolean().Optional()));

    private static readonly ZodObject CreatePlatformProjectRequest = Object(
        ("displayName", SafeString()),
        ("externalId", String().Nullable().Optional()),
        ("metadata", Metadata.Nullable().Optional()),
        ("maxConcurrentJobs", Number().Nullable().Optional()),
        ("globalConnectionExternalIds", Array(String()).Optional()),
        ("alertReceiverEmail", Email().Nullable().Optional()));

    private static readonly ZodObject UpdateProjectPlatformRequest = Object(
        ("releasesEnabled", Boolean().Optional()),
        ("displayName", SafeString().Optional()),
        ("externalId", String().Optional()),
        ("metadata", Metadata.Optional()),
        ("icon", Object(("color", Enum(ProjectIconColors.All))).Optional()),
        ("plan", Object(
            ("pieces", Array(String()).Optional()),
            ("piecesFilterType", Enum(PiecesFilterTypes.None, PiecesFilterTypes.Allowed).Optional()),
            ("activeFlowsLimit", Number().Int().Positive().Nullable().Optional())).Optional()),
        ("globalConnectionExternalIds", Array(String()).Optional()),
        ("maxConcurrentJobs", Number().Int().Positive().Nullable().Optional()),

        // 0.86.x additions (reference §11.6), absent from npm 0.96.2: unknown keys there, so the agreement holds.
        ("notifyFlowOwnerOnFailure", Boolean().Optional()),
        ("executionDataRetentionDays", Number().Int().Positive().Nullable().Optional()),
        ("workerGroupId", String().Nullable().Optional()));

    private static readonly ZodObject ListAppConnectionsRequestQuery = Object(
        ("cursor", String().Optional()),
        ("projectId", String()),
        ("scope", Enum(AppConnectionScopes.Project, AppConnectionScopes.Platform).Optional()),
        ("pieceName", String().Optional()),
        ("displayName", String().Optional()),
        ("status", ArrayFromQuery(Enum(AppConnectionStatuses.All))),
        ("limit", CoerceNumber().Optional()));

    private static readonly ZodObject ListGlobalConnectionsRequestQuery = ListAppConnectionsRequestQuery.Omit("projectId");

    // ListPlatformAppConnectionsRequestQuery: no upper bound on limit, no projectId, no externalId.
    private static readonly ZodObject ListPlatformAppConnectionsRequestQuery = Object(
        ("cursor", String().Optional()),
        ("limit", CoerceNumber().Optional()),
        ("displayName", String().Optional()),
        ("pieceName", String().Optional()),
        ("scope", Enum(AppConnectionScopes.Project, AppConnectionScopes.Platform).Optional()),
        ("status", ArrayFromQuery(Enum(AppConnectionStatuses.All))),
        ("projectIds", ArrayFromQuery(String())),
        ("ownerIds", ArrayFromQuery(String())));

    private static readonly ZodObject ListProjectRequestForPlatformQueryParams = Object(
        ("externalId", String().Optional()),
        ("externalUserId", String().Optional()),
        ("limit", CoerceNumber().Optional()),
        ("cursor", String().Optional()),
        ("displayName", String().Optional()),
        ("types", ArrayFromQuery(Enum(ProjectTypes.Team, ProjectTypes.Personal))));

    // ee/pieces/piece-set/: the bodies of the piece-set routes, from the reference's reading of 0.86.3.
    private static readonly ZodObject CreatePieceSetRequestBody = Object(
        ("name", String().Min(1)),
        ("key", String().Min(1).Optional()));

    private static readonly ZodObject UpdatePieceSetRequestBody = Object(
        ("name", String().Min(1).Optional()),
        ("key", String().Min(1).Optional()),
        ("pieces", Object(("mode", Enum(PieceSetModes.All)), ("exceptions", Array(String()))).Optional()),
        ("actions", Record().Optional()),
        ("triggers", Record().Optional()));

    private static readonly ZodObject DuplicatePieceSetRequestBody = Object(("name", String().Min(1)));

    private static readonly ZodObject AssignPieceSetProjectsRequestBody = Object(("projectIds", Array(String())));

    /// <summary><c>POST /v1/piece-sets</c>: <c>{name (min 1), key?}</c>.</summary>
    public static string? ValidateCreatePieceSet(JsonElement body) => CreatePieceSetRequestBody.Validate(body, Body);

    /// <summary><c>POST /v1/piece-sets/:id</c>: <c>{name?, key?, pieces?: {mode, exceptions}, actions?, triggers?}</c>.</summary>
    public static string? ValidateUpdatePieceSet(JsonElement body) => UpdatePieceSetRequestBody.Validate(body, Body);

    /// <summary><c>POST /v1/piece-sets/:id/duplicate</c>: <c>{name}</c>.</summary>
    public static string? ValidateDuplicatePieceSet(JsonElement body) => DuplicatePieceSetRequestBody.Validate(body, Body);

    /// <summary><c>POST /v1/piece-sets/:id/projects</c>: <c>{projectIds}</c> with at least one id.</summary>
    public static string? ValidateAssignPieceSetProjects(JsonElement body) =>
        AssignPieceSetProjectsRequestBody.Validate(body, Body)
        ?? (body.GetProperty("projectIds").GetArrayLength() == 0 ? "body/projectIds Too small: expected array to have >=1 items" : null);

    /// <summary><c>UpsertGlobalConnectionRequestBody</c> (POST /v1/global-connections).</summary>
    public static string? ValidateUpsertGlobalConnection(JsonElement body) => UpsertGlobalConnectionRequestBody.Validate(body, Body);

    /// <summary><c>UpsertAppConnectionRequestBody</c> (POST /v1/app-connections).</summary>
    public static string? ValidateUpsertAppConnection(JsonElement body) => UpsertAppConnectionRequestBody.Validate(body, Body);

    /// <summary><c>UpdateGlobalConnectionValueRequestBody</c> (POST /v1/global-connections/:id).</summary>
    public static string? ValidateUpdateGlobalConnection(JsonElement body) => UpdateGlobalConnectionValueRequestBody.Validate(body, Body);

    /// <summary><c>UpdateConnectionValueRequestBody</c> (POST /v1/app-connections/:id).</summary>
    public static string? ValidateUpdateAppConnection(JsonElement body) => UpdateConnectionValueRequestBody.Validate(body, Body);

    /// <summary><c>CreatePlatformProjectRequest</c> (POST /v1/projects).</summary>
    public static string? ValidateCreateProject(JsonElement body) => CreatePlatformProjectRequest.Validate(body, Body);

    /// <summary><c>UpdateProjectPlatformRequest</c> (POST /v1/projects/:id).</summary>
    public static string? ValidateUpdateProject(JsonElement body) => UpdateProjectPlatformRequest.Validate(body, Body);

    /// <summary>
    /// A query-string schema (<c>ListGlobalConnectionsRequestQuery</c>, <c>ListAppConnectionsRequestQuery</c>,
    /// <c>ListProjectRequestForPlatformQueryParams</c>), given the decoded query as name → values (case-sensitive names),
    /// rebuilt the way the server's <c>qs.parse</c> does (<see cref="QsQuery"/>).
    /// </summary>
    public static string? ValidateQuery(QuerySchema schema, IReadOnlyDictionary<string, string[]> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = QsQuery.Parse(query);
        var zod = schema switch
        {
            QuerySchema.ListGlobalConnections => ListGlobalConnectionsRequestQuery,
            QuerySchema.ListAppConnections => ListAppConnectionsRequestQuery,
            QuerySchema.ListProjects => ListProjectRequestForPlatformQueryParams,
            QuerySchema.ListPlatformAppConnections => ListPlatformAppConnectionsRequestQuery,
            _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "Unknown query schema."),
        };
        return zod.Validate(parsed, Querystring);
    }

    // Upsert<Type>Request = commonAuthProps + { type: literal, value: <value object> }.
    private static ZodObject Typed(string type, ZodObject value) =>
        CommonAuthProps.Merge(Object(("type", Literal(type)), ("value", value)));

    // Upsert<Type>Request.omit({ projectId: true, externalId: true }).merge(GlobalConnectionExtras)
    private static ZodObject AsGlobal(ZodObject appConnectionBranch) =>
        appConnectionBranch.Omit("projectId", "externalId").Merge(GlobalConnectionExtras);
}
