using Activepieces.Contract.Tests.SchemaMirror;
using Activepieces.Emulator;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.Differential;

/// <summary>
/// Runs every generated request once through the real schema (one node batch) AND over HTTP through an in-process
/// emulator, for the differential tests to assert on. Valid bodies name an existing project and a known piece.
/// </summary>
public sealed class EmulatorDifferentialRun : IAsyncLifetime
{
    private const string PieceName = "@activepieces/piece-mysql";

    /// <summary>One verdict per case (the emulator "accepts" when it does not answer Fastify's schema 400).</summary>
    internal IReadOnlyList<Verdict> Verdicts { get; private set; } = [];

    /// <summary>Schema-valid cases the server refused anyway, with the documented reason (or <c>UNDOCUMENTED …</c>).</summary>
    internal IReadOnlyList<(string Reason, RequestCase Case)> ServerRejections { get; private set; } = [];

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(PieceName, "0.2.3"), ct);
        var project = emulator.AddProject("Contract", externalId: "contract");
        using var client = new EmulatorApi(emulator);
        var generator = new RequestCaseGenerator(project.Id, PieceName);
        var globalId = await client.CreateAsync(Routes.GlobalConnections, generator.GlobalBody("SECRET_TEXT").ToJsonString());
        var appId = await client.CreateAsync(Routes.AppConnections, generator.AppBody("SECRET_TEXT").ToJsonString());

        var cases = generator.Generate();
        var real = await ContractValidator.ValidateAsync(cases.Select(c => c.ToContractCase()), ct);

        var verdicts = new List<Verdict>(cases.Count);
        var serverRejections = new List<(string Reason, RequestCase Case)>();
        for (var i = 0; i < cases.Count; i++)
        {
            var requestCase = cases[i];
            var response = await SendAsync(client, requestCase, project.Id, globalId, appId);
            var mirror = MirrorVerdicts.Validate(requestCase) is null ? "mirror accepts" : "mirror rejects";
            verdicts.Add(new Verdict(requestCase, real[i], !response.IsSchemaRejection,
                $"HTTP {response.StatusCode} {response.ErrorCode} {response.ValidationMessage}; {mirror}"));
            if (real[i].Accepted && response.StatusCode >= 300 && !response.IsSchemaRejection)
            {
                serverRejections.Add((ServerRejection.DocumentedReason(requestCase, response) ?? $"UNDOCUMENTED HTTP {response.StatusCode} {response.ErrorCode}", requestCase));
            }
        }

        Verdicts = verdicts;
        ServerRejections = serverRejections;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Task<ApiAnswer> SendAsync(EmulatorApi client, RequestCase requestCase, string projectId, string globalId, string appId)
    {
        var json = requestCase.Json.GetRawText();
        return requestCase.Schema switch
        {
            ContractSchemas.UpsertGlobalConnectionRequestBody => client.PostRawAsync(Routes.GlobalConnections, json),
            ContractSchemas.UpsertAppConnectionRequestBody => client.PostRawAsync(Routes.AppConnections, json),
            ContractSchemas.UpdateGlobalConnectionValueRequestBody => client.PostRawAsync($"{Routes.GlobalConnections}/{globalId}", json),
            ContractSchemas.UpdateConnectionValueRequestBody => client.PostRawAsync($"{Routes.AppConnections}/{appId}", json),
            ContractSchemas.CreatePlatformProjectRequest => client.PostRawAsync(Routes.Projects, json),
            ContractSchemas.UpdateProjectPlatformRequest => client.PostRawAsync($"{Routes.Projects}/{projectId}", json),
            ContractSchemas.ListGlobalConnectionsRequestQuery => client.GetAsync(Routes.GlobalConnections, requestCase.Query),
            ContractSchemas.ListAppConnectionsRequestQuery => client.GetAsync(Routes.AppConnections, requestCase.Query),
            ContractSchemas.ListProjectRequestForPlatformQueryParams => client.GetAsync(Routes.Projects, requestCase.Query),
            _ => throw new ArgumentOutOfRangeException(nameof(requestCase), requestCase.Schema, "No route for this schema."),
        };
    }
}
