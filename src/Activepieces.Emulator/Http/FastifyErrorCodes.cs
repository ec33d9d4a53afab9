namespace Activepieces.Emulator.Http;

/// <summary>The <c>code</c>s of Fastify's own errors (request validation and content-type parsing).</summary>
internal static class FastifyErrorCodes
{
    /// <summary>400: the body or query does not match the route's schema.</summary>
    public const string Validation = "FST_ERR_VALIDATION";

    /// <summary>415: a body with a content type no parser accepts.</summary>
    public const string InvalidMediaType = "FST_ERR_CTP_INVALID_MEDIA_TYPE";

    /// <summary>400: <c>application/json</c> with an empty body.</summary>
    public const string EmptyJsonBody = "FST_ERR_CTP_EMPTY_JSON_BODY";

    /// <summary>400: <c>application/json</c> with a body that is not JSON.</summary>
    public const string InvalidJsonBody = "FST_ERR_CTP_INVALID_JSON_BODY";
}
