using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.AppConnections;

public sealed class ResponseFieldTests
{
    [Fact]
    public async Task An_OIDC_upsert_is_accepted_on_both_routes_and_the_piece_receives_the_typed_value()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var value = new JsonObject { ["type"] = "OIDC", ["props"] = new JsonObject { ["issuer"] = "https://id.example", ["client_secret"] = "oidc-secret" } };
        var global = new JsonObject
        {
            ["displayName"] = "OIDC",
            ["pieceName"] = TestPieceFiles.Gelato,
            ["type"] = "OIDC",
            ["value"] = value.DeepClone(),
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(project),
            ["externalId"] = "oidc_global",
        };
        var own = new JsonObject
        {
            ["externalId"] = "oidc_own",
            ["displayName"] = "OIDC",
            ["pieceName"] = TestPieceFiles.Gelato,
            ["projectId"] = project,
            ["type"] = "OIDC",
            ["value"] = value.DeepClone(),
        };

        var globalAnswer = await api.PostAsync("/api/v1/global-connections", global);
        var ownAnswer = await api.PostAsync("/api/v1/app-connections", own);

        Assert.Equal(HttpStatusCode.Created, globalAnswer.Status);
        Assert.Equal("OIDC", globalAnswer.String("type"));
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, globalAnswer.Body);
        Assert.Equal(HttpStatusCode.Created, ownAnswer.Status);
        Assert.Equal(value.ToJsonString(), emulator.GetConnectionValueForPiece("oidc_global", project));
        Assert.DoesNotContain("oidc-secret", globalAnswer.Text + ownAnswer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_manager_reference_sets_usingSecretManager_and_resolves_to_a_fake_value_for_the_piece()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        const string reference = "{{vault-1|ap_sep_v1|gelato/acme/api-key}}";

        var withReference = await api.UpsertGlobalAsync("gelato_acme", [project], reference);
        var plain = await api.UpsertGlobalAsync("gelato_plain", [project], "raw-secret");
        var embedded = await api.UpsertGlobalAsync("gelato_embedded", [project], "prefix " + reference);
        var list = await api.GetAsync("/api/v1/global-connections");
        var piece = await api.GetAsync($"/api/v1/worker/app-connections/gelato_acme?projectId={project}");

        var resolved = ActivepiecesEmulator.ResolveSecretReference("vault-1", "gelato/acme/api-key");
        Assert.True(withReference.Body!["usingSecretManager"]!.GetValue<bool>());
        Assert.False(plain.Body!["usingSecretManager"]!.GetValue<bool>());
        Assert.False(embedded.Body!["usingSecretManager"]!.GetValue<bool>());
        Assert.Equal([true, false, false], list.Data.Select(item => item!["usingSecretManager"]!.GetValue<bool>()));
        Assert.Equal($$"""{"type":"SECRET_TEXT","secret_text":"{{resolved}}"}""", piece.Text);
        Assert.StartsWith("emulated-secret-", resolved, StringComparison.Ordinal);
        Assert.NotEqual(resolved, ActivepiecesEmulator.ResolveSecretReference("vault-1", "gelato/other/api-key"));
        Assert.Contains(reference, emulator.Connections[0].ValueJson, StringComparison.Ordinal);
        Assert.True(emulator.Connections[0].UsingSecretManager);
    }

    [Fact]
    public async Task Piece_validation_sees_the_resolved_reference_not_the_reference()
    {
        string? seen = null;
        var options = TestPieces.Options().AddPieceValidation(TestPieceFiles.Gelato, value =>
        {
            seen = value.GetProperty("props").GetProperty("password").GetString();
            return null;
        });
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);
        var body = new JsonObject
        {
            ["displayName"] = "Gelato",
            ["pieceName"] = TestPieceFiles.Gelato,
            ["type"] = "CUSTOM_AUTH",
            ["value"] = new JsonObject { ["type"] = "CUSTOM_AUTH", ["props"] = new JsonObject { ["password"] = "{{aws|ap_sep_v1|db/password}}" } },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(),
        };

        var answer = await api.PostAsync("/api/v1/global-connections", body);

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.Equal(ActivepiecesEmulator.ResolveSecretReference("aws", "db/password"), seen);
    }

    [Fact]
    public async Task List_items_carry_owner_and_metadata_and_the_project_route_keeps_metadata()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var body = AppConnectionBodies.ProjectSecretText("own", project);
        body["metadata"] = new JsonObject { ["accountIdentifier"] = "acme@gelato" };
        await api.PostAsync("/api/v1/app-connections", body);

        var list = await api.GetAsync($"/api/v1/app-connections?projectId={project}");

        var item = Assert.Single(list.Data)!;
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, item);
        Assert.Equal("acme@gelato", item["metadata"]!["accountIdentifier"]!.GetValue<string>());
        Assert.Equal(item["ownerId"]!.GetValue<string>(), item["owner"]!["id"]!.GetValue<string>());
        Assert.Equal("ADMIN", item["owner"]!["platformRole"]!.GetValue<string>());
        Assert.Equal(emulator.PlatformId, item["owner"]!["platformId"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetConnectionStatus_puts_a_connection_into_ERROR_visible_in_lists_and_status_filters()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.UpsertGlobalAsync("gelato_acme", [project])).String("id");
        await api.UpsertGlobalAsync("gelato_other", [project]);

        emulator.SetConnectionStatus(id, "ERROR");
        var errors = await api.GetAsync("/api/v1/global-connections?status=ERROR");
        var active = await api.GetAsync("/api/v1/global-connections?status=ACTIVE");

        Assert.Equal("ERROR", emulator.Connections.Single(row => row.Id == id).Status);
        Assert.Equal([id], errors.Data.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Equal(["gelato_other"], active.Data.Select(item => item!["externalId"]!.GetValue<string>()));
        Assert.Throws<ArgumentException>(() => emulator.SetConnectionStatus(id, "BROKEN"));
        Assert.Throws<KeyNotFoundException>(() => emulator.SetConnectionStatus("AAAAAAAAAAAAAAAAAAAAA", "ERROR"));
    }
}
