using Activepieces.Emulator;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests;

/// <summary>
/// Every generated request goes to the real schema (one node batch) AND over HTTP to the in-process emulator; the
/// emulator "accepts" when it does not answer Fastify's schema 400 (<c>FST_ERR_VALIDATION</c>). Valid bodies name an
/// existing project and a known piece, so they succeed unless the server refuses them for a documented reason, which
/// is counted and named separately.
/// </summary>
public sealed class EmulatorDifferentialTests
{
    private const string PieceName = "@activepieces/piece-mysql";

    [Fact]
    public async Task Emulator_accepts_and_rejects_exactly_the_requests_the_real_schemas_do()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(PieceName, "0.2.3"), ct);
        var project = emulator.AddProject("Contract", externalId: "contract");
        using var client = new EmulatorClient(emulator);
        var generator = new RequestCaseGenerator(project.Id, PieceName);
        var globalId = await client.CreateAsync(Routes.GlobalConnections, generator.GlobalBody("SECRET_TEXT").ToJsonString(), ct);
        var appId = await client.CreateAsync(Routes.AppConnections, generator.AppBody("SECRET_TEXT").ToJsonString(), ct);

        var cases = generator.Generate();
        var real = await ContractValidator.ValidateAsync(cases.Select(c => c.ToContractCase()), ct);

        var verdicts = new List<Verdict>(cases.Count);
        var serverRejections = new List<(string Reason, RequestCase Case)>();
        for (var i = 0; i < cases.Count; i++)
        {
            var requestCase = cases[i];
            var response = await SendAsync(client, requestCase, project.Id, globalId, appId, ct);
            var mirror = MirrorVerdicts.Validate(requestCase) is null ? "mirror accepts" : "mirror rejects";
            verdicts.Add(new Verdict(requestCase, real[i], !response.IsSchemaRejection,
                $"HTTP {response.StatusCode} {response.ErrorCode} {response.ValidationMessage}; {mirror}"));
            if (real[i].Accepted && response.StatusCode >= 300 && !response.IsSchemaRejection)
            {
                serverRejections.Add((ServerRejection.DocumentedReason(requestCase, response) ?? $"UNDOCUMENTED HTTP {response.StatusCode} {response.ErrorCode}", requestCase));
            }
        }

        var byReason = serverRejections.GroupBy(r => r.Reason).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var reason in byReason)
        {
            TestReport.WriteLine($"Schema-valid but refused by the server: {reason.Count()} × {reason.Key}, e.g. {string.Join(", ", reason.Take(3).Select(r => r.Case.Id))}");
        }

        AgreementReport.AssertFullAgreement("Differential agreement", verdicts);
        var undocumented = byReason.Where(g => g.Key.StartsWith("UNDOCUMENTED", StringComparison.Ordinal)).SelectMany(g => g.Select(r => $"{r.Case.Id}: {g.Key}")).ToList();
        Assert.True(undocumented.Count == 0, $"Schema-valid requests refused for undocumented reasons:{Environment.NewLine}{string.Join(Environment.NewLine, undocumented)}");
        Assert.Contains(verdicts, v => v.Real.Accepted && serverRejections.All(r => r.Case != v.Case));
    }

    private static Task<EmulatorResponse> SendAsync(EmulatorClient client, RequestCase requestCase, string projectId, string globalId, string appId, CancellationToken ct)
    {
        var json = requestCase.Json.GetRawText();
        return requestCase.Schema switch
        {
            ContractSchemas.UpsertGlobalConnectionRequestBody => client.PostAsync(Routes.GlobalConnections, json, ct),
            ContractSchemas.UpsertAppConnectionRequestBody => client.PostAsync(Routes.AppConnections, json, ct),
            ContractSchemas.UpdateGlobalConnectionValueRequestBody => client.PostAsync($"{Routes.GlobalConnections}/{globalId}", json, ct),
            ContractSchemas.UpdateConnectionValueRequestBody => client.PostAsync($"{Routes.AppConnections}/{appId}", json, ct),
            ContractSchemas.CreatePlatformProjectRequest => client.PostAsync(Routes.Projects, json, ct),
            ContractSchemas.UpdateProjectPlatformRequest => client.PostAsync($"{Routes.Projects}/{projectId}", json, ct),
            ContractSchemas.ListGlobalConnectionsRequestQuery => client.GetAsync(Routes.GlobalConnections, requestCase.Query, ct),
            ContractSchemas.ListAppConnectionsRequestQuery => client.GetAsync(Routes.AppConnections, requestCase.Query, ct),
            ContractSchemas.ListProjectRequestForPlatformQueryParams => client.GetAsync(Routes.Projects, requestCase.Query, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(requestCase), requestCase.Schema, "No route for this schema."),
        };
    }
}
