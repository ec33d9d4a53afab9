using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.Differential;

/// <summary>
/// Why the server may refuse a body that its request schema accepted, as documented in the API reference (§1.2, §1.6,
/// §3): these are not schema disagreements, and the differential test names and counts them.
/// </summary>
internal static class ServerRejection
{
    /// <summary>The documented reason for a non-2xx answer to a schema-valid request, or <see langword="null"/> when undocumented.</summary>
    public static string? DocumentedReason(RequestCase requestCase, ApiAnswer response) => (response.StatusCode, response.ErrorCode) switch
    {
        (404, "ENTITY_NOT_FOUND") => "unknown project or piece (404 ENTITY_NOT_FOUND)",
        (409, "VALIDATION") => "non-semver pieceVersion (409 VALIDATION)",
        (409, "PROJECT_EXTERNAL_ID_ALREADY_EXISTS") => "project externalId taken (409 PROJECT_EXTERNAL_ID_ALREADY_EXISTS)",
        (500, "23505") when requestCase.Schema == ContractSchemas.CreatePlatformProjectRequest =>
            "duplicate project externalId on create (500 from the unique index)",
        (400, "INVALID_CLAIM" or "INVALID_APP_CONNECTION") => "value claim or piece validation failed (400)",
        _ => null,
    };
}
