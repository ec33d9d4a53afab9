using System.Text.Json.Nodes;
using System.Text.Json;
using Activepieces.Emulator.Inspection;
using Activepieces.Resources.Connections;
using Activepieces.TestSupport;
using Activepieces.Transport.Json;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>Every request body and query the client sends is checked against the real <c>@activepieces/shared</c> schemas.</summary>
public sealed class ContractIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly IConnectionValue[] EveryValueType =
    [
        new SecretTextValue("s"),
        new BasicAuthValue("u", "p"),
        new CustomAuthValue(("host", "db"), ("port", 3306), ("ssl", true), ("tags", new[] { "a" })),
        new OAuth2Value("cid", "csecret", "code", "https://app/cb", "read write")
        {
            CodeChallenge = "verifier", AuthorizationMethod = OAuth2AuthorizationMethod.Header, GrantType = OAuth2GrantType.AuthorizationCode,
            Props = new ConnectionProps(("region", "eu")),
        },
        new OAuth2Value("cid", "csecret", "FAKE_CODE", "https://app/cb", "") { GrantType = OAuth2GrantType.ClientCredentials },
        new CloudOAuth2Value("cid", "code", "read") { AuthorizationMethod = OAuth2AuthorizationMethod.Body },
        new PlatformOAuth2Value("cid", "code", "https://app/cb", "read") { CodeChallenge = "v", Props = new ConnectionProps(("k", "v")) },
        NoAuthValue.Instance,
    ];

    [Fact]
    public async Task Every_value_type_makes_valid_upsert_bodies_for_both_scopes()
    {
        var cases = new List<ContractCase>();
        for (var i = 0; i < EveryValueType.Length; i++)
        {
            var value = EveryValueType[i];
            cases.Add(ContractCase.Input($"global-{i}-{value.AuthType}", ContractSchemas.UpsertGlobalConnectionRequestBody, Utf8(ConnectionRequestWriter.WriteGlobalUpsert(
                new GlobalConnectionUpsertRequest
                {
                    ExternalId = "gelato_org",
                    DisplayName = "Gelato",
                    PieceName = "@activepieces/piece-gelato",
                    ProjectIds = ["p1", "p2"],
                    Value = value,
                    PieceVersion = "0.1.0",
                    PreSelectForNewProjects = true,
                }))));
            cases.Add(ContractCase.Input($"app-{i}-{value.AuthType}", ContractSchemas.UpsertAppConnectionRequestBody, Utf8(ConnectionRequestWriter.WriteAppUpsert(
                new AppConnectionUpsertRequest
                {
                    ProjectId = "p1",
                    ExternalId = "gelato_org",
                    DisplayName = "Gelato",
                    PieceName = "@activepieces/piece-gelato",
                    Value = value,
                    PieceVersion = "0.1.0",
                    Metadata = new Dictionary<string, string> { ["a"] = "b" },
                }))));
        }

        await AssertAllAccepted(cases);
    }

    [Fact]
    public async Task The_oracle_rejects_a_body_without_the_inner_type()
    {
        var body = """{"externalId":"e","displayName":"d","pieceName":"p","type":"SECRET_TEXT","value":{"secret_text":"s"},"scope":"PLATFORM","projectIds":[]}""";
        var result = await ContractValidator.ValidateAsync(ContractCase.Input("negative", ContractSchemas.UpsertGlobalConnectionRequestBody, body), Ct);
        Assert.False(result.Accepted);
    }

    [Fact]
    public async Task Every_request_of_the_integration_scenarios_satisfies_the_real_schemas()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var client = h.Client;
        var gelato = new PredefinedConnectionDescriptor(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato", "0.1.0");
        var perProject = new PredefinedConnectionDescriptor(TestPieceFiles.Gelato, AuthType.SecretText, "gp_", "Gelato", scope: ConnectionScope.Project);

        await client.PredefinedConnections.CreateAsync(gelato, "acme.com", new SecretTextValue("s"), Ct);
        await client.PredefinedConnections.EnsureAsync(gelato, "a.b-c_D", new SecretTextValue("s"), Ct);
        await client.PredefinedConnections.CreateAsync(perProject, "org_2", new SecretTextValue("s"), Ct);
        await client.PredefinedConnections.GetAsync(gelato, "acme.com", Ct);
        await client.PredefinedConnections.GetAsync(perProject, "org_2", Ct);
        var project = await client.Projects.CreateAsync(new CreateProjectRequest
        {
            DisplayName = "Full",
            ExternalId = "org_full",
            Metadata = new Dictionary<string, string> { ["k"] = "v" },
            MaxConcurrentJobs = 3,
            GlobalConnectionExternalIds = ["gelato_acme.com"],
        }, Ct);
        await client.Projects.UpdateAsync(project.Id, new UpdateProjectRequest
        {
            DisplayName = "Full 2",
            ExternalId = "org_full2",
            Metadata = new Dictionary<string, string> { ["k"] = "w" },
            ReleasesEnabled = true,
            GlobalConnectionExternalIds = [],
        }, Ct);
        await foreach (var _ in client.Projects.ListAsync(new ProjectListFilter { DisplayName = "Full", ExternalId = "org_full2", PageSize = 1 }, Ct))
        {
        }

        var global = await client.GlobalConnections.FindByExternalIdAsync("gelato_acme.com", new ConnectionListFilter
        {
            PieceName = TestPieceFiles.Gelato, DisplayName = "Gel", Statuses = ["ACTIVE", "ERROR"], PageSize = 1,
        }, Ct);
        await client.GlobalConnections.UpdateAsync(global!.Id, new GlobalConnectionUpdateRequest
        {
            DisplayName = "Renamed", ProjectIds = [project.Id], PreSelectForNewProjects = false,
        }, Ct);
        var app = await client.AppConnections.FindByExternalIdAsync(
            h.Emulator.Projects.Single(p => p.ExternalId == "org_2").Id,
            "gp_org_2",
            new ConnectionListFilter { Scope = ConnectionScope.Project, Statuses = ["ACTIVE"], PageSize = 2 },
            Ct);
        await client.AppConnections.UpdateAsync(app!.Id, new AppConnectionUpdateRequest { DisplayName = "R", Metadata = new Dictionary<string, string> { ["x"] = "y" } }, Ct);
        await client.PredefinedConnections.DeleteAsync(gelato, "acme.com", Ct);

        var cases = h.Emulator.RequestLog.Select(ToCase).OfType<ContractCase>().ToList();
        Assert.Contains(cases, c => c.Schema == ContractSchemas.UpsertGlobalConnectionRequestBody);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.UpsertAppConnectionRequestBody);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.UpdateGlobalConnectionValueRequestBody);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.UpdateConnectionValueRequestBody);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.CreatePlatformProjectRequest);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.UpdateProjectPlatformRequest);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.ListGlobalConnectionsRequestQuery);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.ListAppConnectionsRequestQuery);
        Assert.Contains(cases, c => c.Schema == ContractSchemas.ListProjectRequestForPlatformQueryParams);
        await AssertAllAccepted(cases);
    }

    private static ContractCase? ToCase(RecordedRequest request)
    {
        var id = $"#{request.Sequence} {request.Method} {request.Path}";
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries); // api, v1, resource[, id]
        var resource = segments.Length >= 3 ? segments[2] : string.Empty;
        var withId = segments.Length == 4;
        var schema = (request.Method, resource, withId) switch
        {
            ("POST", "global-connections", false) => ContractSchemas.UpsertGlobalConnectionRequestBody,
            ("POST", "global-connections", true) => ContractSchemas.UpdateGlobalConnectionValueRequestBody,
            ("POST", "app-connections", false) => ContractSchemas.UpsertAppConnectionRequestBody,
            ("POST", "app-connections", true) => ContractSchemas.UpdateConnectionValueRequestBody,
            ("POST", "projects", false) => ContractSchemas.CreatePlatformProjectRequest,
            ("POST", "projects", true) => ContractSchemas.UpdateProjectPlatformRequest,
            ("GET", "global-connections", false) => ContractSchemas.ListGlobalConnectionsRequestQuery,
            ("GET", "app-connections", false) => ContractSchemas.ListAppConnectionsRequestQuery,
            ("GET", "projects", false) => ContractSchemas.ListProjectRequestForPlatformQueryParams,
            _ => null,
        };
        if (schema is null)
        {
            return null;
        }

        return request.Method == "GET"
            ? new ContractCase(id, schema, ContractDirection.Input, QueryJson(request.Query))
            : ContractCase.Input(id, schema, request.RequestBody);
    }

    private static JsonElement QueryJson(string query)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }

            list.Add(value);
        }

        var json = new JsonObject();
        foreach (var (name, list) in values)
        {
            json[name] = list.Count == 1 ? JsonValue.Create(list[0]) : new JsonArray([.. list.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        return JsonSerializer.SerializeToElement(json, TestJson.Default.JsonObject);
    }

    private static async Task AssertAllAccepted(IReadOnlyList<ContractCase> cases)
    {
        var results = await ContractValidator.ValidateAsync(cases, Ct);
        var failures = results.Where(r => !r.Accepted || r.UnknownKeys.Count > 0).Select(r => r.Describe()).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} cases rejected:\n" + string.Join("\n", failures));
        Assert.Equal(cases.Count, results.Count);
    }

    private static string Utf8(PooledJsonBody body)
    {
        using (body)
        {
            return System.Text.Encoding.UTF8.GetString(body.WrittenMemory.Span);
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(JsonObject))]
internal sealed partial class TestJson : System.Text.Json.Serialization.JsonSerializerContext
{
}
