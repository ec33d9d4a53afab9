using System.Text.Json.Nodes;
using Activepieces.Connections.IntegrationTests.Connections;
using Activepieces.Connections.IntegrationTests.Infrastructure;
using Activepieces.Emulator.Inspection;
using Activepieces.TestSupport;

namespace Activepieces.Connections.IntegrationTests.Generated;

/// <summary>
/// Generated connection types provisioned through the real client against the emulator: what the piece sees, what
/// the server's schema accepts, and how often <c>Ensure…</c> calls the server.
/// </summary>
public sealed class ProvisioningTests : IAsyncLifetime
{
    private EmulatorHarness _environment = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _environment = await EmulatorHarness.StartAsync(IntegrationPieces.Options(), Ct);

    public async ValueTask DisposeAsync() => await _environment.DisposeAsync();

    [Fact]
    public async Task Gelato_acceptance_the_piece_sees_the_props_in_the_org_project()
    {
        var connection = await _environment.Client.CreateGelatoConnectionAsync(
            "org_1234", new GelatoConnection("gelato-live-key-SECRET", "store-7"), Ct);

        var projectId = _environment.ProjectIdOf("org_1234");
        var pieceView = await _environment.GetPieceSideValueAsync("gelato_org_1234", projectId);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse("""{"type":"CUSTOM_AUTH","props":{"apiKey":"gelato-live-key-SECRET","storeId":"store-7"}}"""), pieceView),
            "The piece saw " + pieceView?.ToJsonString());
        Assert.Equal(("gelato_org_1234", "CUSTOM_AUTH", "@activepieces/piece-gelato", "Gelato Connection"),
            (connection.ExternalId, connection.Type, connection.PieceName, connection.DisplayName));
        Assert.Equal([projectId], connection.ProjectIds);
        Assert.Equal("gelato_org_1234", GelatoConnection.ExternalIdFor("org_1234"));
    }

    [Theory]
    [MemberData(nameof(ProvisioningCases.Names), MemberType = typeof(ProvisioningCases))]
    public async Task Create_stores_the_value_the_piece_expects(string caseName)
    {
        var testCase = ProvisioningCases.Get(caseName);
        var externalProjectId = "org_" + caseName;

        var connection = await testCase.CreateAsync(_environment.Client, externalProjectId, Ct);

        var connectionExternalId = testCase.ConnectionExternalIdPrefix + externalProjectId;
        Assert.Equal(connectionExternalId, connection.ExternalId);
        Assert.Equal(testCase.Scope == ConnectionScope.Project ? "PROJECT" : "PLATFORM", connection.Scope);
        var expected = JsonNode.Parse(testCase.ExpectedValueJson)!;
        var upsert = Assert.Single(_environment.Upserts());
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(upsert.RequestBody)!["value"]), "The request carried another value.");

        var pieceView = await _environment.GetPieceSideValueAsync(connectionExternalId, _environment.ProjectIdOf(externalProjectId));
        Assert.NotNull(pieceView);
        if (!testCase.IsOAuth2)
        {
            Assert.True(JsonNode.DeepEquals(expected, pieceView), "The piece saw another value.");
            return;
        }

        // OAuth2: the server claims the code; the piece sees every request field plus the token (refresh token redacted).
        foreach ((var name, var value) in expected.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(value, pieceView[name]), $"The piece saw another '{name}'.");
        }

        Assert.StartsWith("emulated-access-", pieceView["access_token"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("(REDACTED)", pieceView["refresh_token"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_upsert_body_passes_the_real_server_schema()
    {
        var cases = new List<ContractCase>();
        foreach (var testCase in ProvisioningCases.All)
        {
            _environment.Emulator.ResetRequestLog();
            await testCase.CreateAsync(_environment.Client, "org_" + testCase.Name, Ct);
            var upsert = Assert.Single(_environment.Upserts());
            var schema = testCase.Scope == ConnectionScope.Project
                ? ContractSchemas.UpsertAppConnectionRequestBody
                : ContractSchemas.UpsertGlobalConnectionRequestBody;
            cases.Add(ContractCase.Input(testCase.Name, schema, upsert.RequestBody));
        }

        var results = await ContractValidator.ValidateAsync(cases, Ct);

        Assert.All(results, result => Assert.True(result.Accepted, result.Describe()));
    }

    [Fact]
    public async Task Ensure_makes_no_request_when_repeated_and_one_upsert_when_the_value_changes()
    {
        var first = new GelatoConnection("gelato-key-SECRET", "store-1");
        await _environment.Client.EnsureGelatoConnectionAsync("org_ensure", first, Ct);
        Assert.Single(_environment.Upserts());

        _environment.Emulator.ResetRequestLog();
        await _environment.Client.EnsureGelatoConnectionAsync("org_ensure", first with { }, Ct);
        Assert.Equal(0, _environment.Emulator.RequestCount);

        await _environment.Client.EnsureGelatoConnectionAsync("org_ensure", first with { StoreId = "store-2" }, Ct);
        Assert.Single(_environment.Upserts());
        var pieceView = await _environment.GetPieceSideValueAsync("gelato_org_ensure", _environment.ProjectIdOf("org_ensure"));
        Assert.Equal("store-2", pieceView!["props"]!["storeId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_and_Delete_find_and_remove_the_connection_of_the_project()
    {
        Assert.Null(await _environment.Client.GetGelatoConnectionAsync("org_lifecycle", Ct));
        await _environment.Client.CreateGelatoConnectionAsync("org_lifecycle", new GelatoConnection("gelato-key-SECRET", "store-1"), Ct);

        var found = await _environment.Client.GetGelatoConnectionAsync("org_lifecycle", Ct);
        var deleted = await _environment.Client.DeleteGelatoConnectionAsync("org_lifecycle", Ct);

        Assert.Equal("gelato_org_lifecycle", found?.ExternalId);
        Assert.True(deleted);
        Assert.Null(await _environment.Client.GetGelatoConnectionAsync("org_lifecycle", Ct));
        Assert.False(await _environment.Client.DeleteGelatoConnectionAsync("org_lifecycle", Ct));
        Assert.Null(await _environment.GetPieceSideValueAsync("gelato_org_lifecycle", _environment.ProjectIdOf("org_lifecycle")));
    }

    [Fact]
    public void Redaction_holds_in_compiled_consumer_code()
    {
        var printed = new GelatoConnection("gelato-key-SECRET", "store-1").ToString();

        Assert.Equal("GelatoConnection { ApiKey = ***, StoreId = store-1 }", printed);
        Assert.DoesNotContain("gelato-key-SECRET", new JiraCredentials("u", "gelato-key-SECRET").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("gelato-key-SECRET", new CrmToken { Token = "gelato-key-SECRET" }.ToString(), StringComparison.Ordinal);
    }
}
