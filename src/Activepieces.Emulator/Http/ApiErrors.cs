using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Http;

/// <summary>
/// The error bodies of the real server (<c>packages/server/api/src/app/helper/error-handler.ts</c>): Activepieces errors
/// as <c>{"code":"…","params":{…}}</c> with the server's status map, everything else in Fastify's shape.
/// </summary>
internal static class ApiErrors
{
    /// <summary>Fastify's error body: <c>{"statusCode","code"?,"error","message"}</c>.</summary>
    public static JsonObject FastifyBody(int statusCode, string? code, string message)
    {
        var body = new JsonObject { ["statusCode"] = statusCode };
        if (code is not null)
        {
            body["code"] = code;
        }

        body["error"] = ReasonPhrase(statusCode);
        body["message"] = message;
        return body;
    }

    /// <summary>A Fastify error (validation, content type, unhandled).</summary>
    public static ApiErrorException Fastify(int statusCode, string? code, string message) =>
        new(statusCode, FastifyBody(statusCode, code, message));

    /// <summary>400 <c>FST_ERR_VALIDATION</c> with the schema's message.</summary>
    public static ApiErrorException SchemaValidation(string message) => Fastify(400, FastifyErrorCodes.Validation, message);

    /// <summary>An unhandled server error (e.g. a TypeORM <c>EntityNotFoundError</c>): 500 in Fastify's shape.</summary>
    public static ApiErrorException Internal(string message, string? code = null) => Fastify(500, code, message);

    /// <summary>An <c>ActivepiecesError</c> with its mapped HTTP status.</summary>
    public static ApiErrorException Activepieces(string code, JsonObject parameters) =>
        new(StatusFor(code), new JsonObject { ["code"] = code, ["params"] = parameters });

    /// <summary>401 <c>AUTHENTICATION</c>, the answer to an unknown API key.</summary>
    public static ApiErrorException InvalidApiKey() =>
        Activepieces(ErrorCodes.Authentication, new JsonObject { ["message"] = "invalid api key" });

    /// <summary>403 <c>AUTHORIZATION</c>, the answer to a request without credentials.</summary>
    public static ApiErrorException NotAllowed() =>
        Activepieces(ErrorCodes.Authorization, new JsonObject { ["message"] = "principal is not allowed for this route" });

    /// <summary>401 <c>INVALID_BEARER_TOKEN</c>.</summary>
    public static ApiErrorException InvalidBearerToken(string message) =>
        Activepieces(ErrorCodes.InvalidBearerToken, new JsonObject { ["message"] = message });

    /// <summary>404 <c>ENTITY_NOT_FOUND</c> for an entity type (and id, when the server names it).</summary>
    public static ApiErrorException EntityNotFound(string entityType, string? entityId = null)
    {
        var parameters = new JsonObject();
        if (entityId is not null)
        {
            parameters["entityId"] = entityId;
        }

        parameters["entityType"] = entityType;
        return Activepieces(ErrorCodes.EntityNotFound, parameters);
    }

    /// <summary>404 <c>ENTITY_NOT_FOUND</c> for an unknown piece.</summary>
    public static ApiErrorException PieceNotFound(string pieceName, string? version) =>
        Activepieces(ErrorCodes.EntityNotFound, new JsonObject
        {
            ["message"] = version is null
                ? $"piece_metadata_not_found pieceName={pieceName}"
                : $"piece_metadata_not_found pieceName={pieceName} version={version}",
        });

    /// <summary>409 <c>VALIDATION</c>.</summary>
    public static ApiErrorException Validation(string message) =>
        Activepieces(ErrorCodes.Validation, new JsonObject { ["message"] = message });

    /// <summary>The HTTP status of an <c>ErrorCode</c>; codes the server does not map answer 400.</summary>
    public static int StatusFor(string code) => code switch
    {
        ErrorCodes.Authentication or ErrorCodes.InvalidApiKey or ErrorCodes.InvalidBearerToken or ErrorCodes.InvalidCredentials => 401,
        ErrorCodes.Authorization or ErrorCodes.PermissionDenied or ErrorCodes.SessionExpired => 403,
        ErrorCodes.EntityNotFound => 404,
        ErrorCodes.Validation or ErrorCodes.ExistingUser or ErrorCodes.ProjectExternalIdAlreadyExists or ErrorCodes.FlowOperationInProgress => 409,
        ErrorCodes.QuotaExceeded or ErrorCodes.FeatureDisabled or ErrorCodes.AiCreditLimitExceeded => 402,
        ErrorCodes.DoesNotMeetBusinessRequirements => 422,
        ErrorCodes.SandboxCapacityExceeded => 429,
        _ => 400,
    };

    /// <summary>The reason phrase Fastify puts in <c>error</c>.</summary>
    public static string ReasonPhrase(int statusCode) => statusCode switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode),
    };
}
