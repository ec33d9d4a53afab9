namespace Activepieces.Emulator.Http;

/// <summary>
/// The <c>ErrorCode</c> values of <c>@activepieces/shared</c> that the emulator answers or maps to a status
/// (<see cref="ApiErrors.StatusFor"/>, after <c>helper/error-handler.ts</c>).
/// </summary>
internal static class ErrorCodes
{
    /// <summary>400 (after 0.86.3): a generic-destination piece's connection read by a piece step under piece binding.</summary>
    public const string AppConnectionBlockedForPiece = "APP_CONNECTION_BLOCKED_FOR_PIECE";

    /// <summary>400 (after 0.86.3): a connection of another piece read under piece binding.</summary>
    public const string McpPieceConnectionMismatch = "MCP_PIECE_CONNECTION_MISMATCH";

    /// <summary>401: an unknown API key.</summary>
    public const string Authentication = "AUTHENTICATION";

    /// <summary>403: no credentials, or a forbidden operation.</summary>
    public const string Authorization = "AUTHORIZATION";

    /// <summary>401: a bearer token that is not an API key, or an invalid embed token.</summary>
    public const string InvalidBearerToken = "INVALID_BEARER_TOKEN";

    /// <summary>401.</summary>
    public const string InvalidApiKey = "INVALID_API_KEY";

    /// <summary>401.</summary>
    public const string InvalidCredentials = "INVALID_CREDENTIALS";

    /// <summary>403.</summary>
    public const string PermissionDenied = "PERMISSION_DENIED";

    /// <summary>403.</summary>
    public const string SessionExpired = "SESSION_EXPIRED";

    /// <summary>404: an unknown entity (project, connection, piece).</summary>
    public const string EntityNotFound = "ENTITY_NOT_FOUND";

    /// <summary>409: a rule of the service refused the request.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>409.</summary>
    public const string ExistingUser = "EXISTING_USER";

    /// <summary>409: another live project has the requested <c>externalId</c>.</summary>
    public const string ProjectExternalIdAlreadyExists = "PROJECT_EXTERNAL_ID_ALREADY_EXISTS";

    /// <summary>409.</summary>
    public const string FlowOperationInProgress = "FLOW_OPERATION_IN_PROGRESS";

    /// <summary>402.</summary>
    public const string QuotaExceeded = "QUOTA_EXCEEDED";

    /// <summary>402: the platform plan lacks the feature.</summary>
    public const string FeatureDisabled = "FEATURE_DISABLED";

    /// <summary>402.</summary>
    public const string AiCreditLimitExceeded = "AI_CREDIT_LIMIT_EXCEEDED";

    /// <summary>422.</summary>
    public const string DoesNotMeetBusinessRequirements = "DOES_NOT_MEET_BUSINESS_REQUIREMENTS";

    /// <summary>429.</summary>
    public const string SandboxCapacityExceeded = "SANDBOX_CAPACITY_EXCEEDED";

    /// <summary>400: the piece rejected the connection value, or has no auth of the value's type.</summary>
    public const string InvalidAppConnection = "INVALID_APP_CONNECTION";

    /// <summary>400: the token URL refused the OAuth2 authorization code.</summary>
    public const string InvalidClaim = "INVALID_CLAIM";

    /// <summary>400: the engine failed to run the piece's validation.</summary>
    public const string EngineOperationFailure = "ENGINE_OPERATION_FAILURE";
}
