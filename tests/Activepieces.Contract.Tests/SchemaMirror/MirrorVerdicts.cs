using Activepieces.Emulator.Validation;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.SchemaMirror;

/// <summary>Runs a <see cref="RequestCase"/> through the emulator's schema mirror (<see cref="RequestSchemas"/>) directly.</summary>
internal static class MirrorVerdicts
{
    /// <summary>The mirror's message for the case: <see langword="null"/> when it accepts.</summary>
    public static string? Validate(RequestCase requestCase) => requestCase.Schema switch
    {
        ContractSchemas.UpsertGlobalConnectionRequestBody => RequestSchemas.ValidateUpsertGlobalConnection(requestCase.Json),
        ContractSchemas.UpsertAppConnectionRequestBody => RequestSchemas.ValidateUpsertAppConnection(requestCase.Json),
        ContractSchemas.UpdateGlobalConnectionValueRequestBody => RequestSchemas.ValidateUpdateGlobalConnection(requestCase.Json),
        ContractSchemas.UpdateConnectionValueRequestBody => RequestSchemas.ValidateUpdateAppConnection(requestCase.Json),
        ContractSchemas.CreatePlatformProjectRequest => RequestSchemas.ValidateCreateProject(requestCase.Json),
        ContractSchemas.UpdateProjectPlatformRequest => RequestSchemas.ValidateUpdateProject(requestCase.Json),
        ContractSchemas.ListGlobalConnectionsRequestQuery => RequestSchemas.ValidateQuery(QuerySchema.ListGlobalConnections, requestCase.Query!),
        ContractSchemas.ListAppConnectionsRequestQuery => RequestSchemas.ValidateQuery(QuerySchema.ListAppConnections, requestCase.Query!),
        ContractSchemas.ListProjectRequestForPlatformQueryParams => RequestSchemas.ValidateQuery(QuerySchema.ListProjects, requestCase.Query!),
        _ => throw new ArgumentOutOfRangeException(nameof(requestCase), requestCase.Schema, "No mirror for this schema."),
    };
}
