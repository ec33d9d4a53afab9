using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Cli.Tests.Connections;

/// <summary><c>connections audit</c> and <c>connections doctor</c> against a fleet with planted problems on the emulator.</summary>
public sealed class ConnectionsCommandTests
{
    private const string Gelato = "@activepieces/piece-gelato";

    private static readonly PredefinedConnectionDescriptor Descriptor = new(Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audit_json_lists_the_findings_and_exits_1_then_repair_deletes_the_repairable_rows()
    {
        await using var fleet = await PlantedFleet.StartAsync();
        using var dir = new TempDirectory();

        var run = await fleet.RunAsync(dir, "connections", "audit", "--piece", "gelato", "--prefix", "gelato_", "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("{\"connections\":4,\"projects\":3,\"findings\":[{\"kind\":\"Orphaned\",\"externalId\":\"gelato_org_a\",\"connectionId\":\"" + fleet.OrphanId + "\",\"externalProjectId\":\"org_a\",\"detail\":\"", run.Out, StringComparison.Ordinal);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(["connections", "projects", "findings"], root.EnumerateObject().Select(p => p.Name));
        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["Orphaned", "Shadowed", "NotActive"], findings.Select(f => f.GetProperty("kind").GetString()));
        Assert.All(findings, f => Assert.Equal(["kind", "externalId", "connectionId", "externalProjectId", "detail"], f.EnumerateObject().Select(p => p.Name)));
        Assert.Empty(run.Error);

        var repair = await fleet.RunAsync(dir, "connections", "audit", "--piece", "gelato", "--prefix", "gelato_", "--repair");

        Assert.True(repair.ExitCode == 1, repair.ToString()); // the ERROR row is left: it needs fresh credentials
        Assert.Contains($"deleted Orphaned gelato_org_a (row {fleet.OrphanId})", repair.Out, StringComparison.Ordinal);
        Assert.Contains($"deleted Shadowed gelato_org_f (row {fleet.PlaceholderId})", repair.Out, StringComparison.Ordinal);
        Assert.Contains("Repair: 2 row(s) deleted, 1 finding(s) left", repair.Out, StringComparison.Ordinal);

        // Without --prefix: the piece's default, gelato_, derived by the generator's rule.
        var after = await fleet.RunAsync(dir, "connections", "audit", "--piece", "gelato");
        Assert.True(after.ExitCode == 1, after.ToString());
        Assert.Contains("NotActive", after.Out, StringComparison.Ordinal);
        Assert.Contains("3 connection(s) named gelato_* and 3 project(s) audited: 1 finding(s), 0 repairable.", after.Out, StringComparison.Ordinal);

        fleet.Emulator.SetConnectionStatus(fleet.ErrorId, "ACTIVE");
        var clean = await fleet.RunAsync(dir, "connections", "audit", "--piece", "gelato", "--prefix", "gelato_");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain(fleet.Emulator.ApiKey, run.Out + repair.Out + after.Out + clean.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-", run.Out + repair.Out + after.Out + clean.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_prints_the_cause_and_what_to_do_and_exits_0_only_when_the_connection_resolves()
    {
        await using var fleet = await PlantedFleet.StartAsync();
        using var dir = new TempDirectory();

        var ok = await fleet.RunAsync(dir, "connections", "doctor", "org_g", "--piece", "gelato");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.StartsWith("org_g: Ok", ok.Out, StringComparison.Ordinal);

        var shadowed = await fleet.RunAsync(dir, "connections", "doctor", "org_f", "--piece", "gelato", "--prefix", "gelato_", "--json");
        Assert.True(shadowed.ExitCode == 1, shadowed.ToString());
        var json = JsonDocument.Parse(shadowed.Out).RootElement;
        Assert.Equal(["resolves", "cause", "projectId", "connectionId", "message"], json.EnumerateObject().Select(p => p.Name));
        Assert.False(json.GetProperty("resolves").GetBoolean());
        Assert.Equal("Ambiguous", json.GetProperty("cause").GetString());
        Assert.Equal(fleet.ShadowedProjectId, json.GetProperty("projectId").GetString());

        var missing = await fleet.RunAsync(dir, "connections", "doctor", "org_a", "--piece", "gelato", "--prefix", "gelato_", "--json");
        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.StartsWith("{\"resolves\":false,\"cause\":\"ProjectMissing\",\"projectId\":null,\"connectionId\":null,\"message\":\"", missing.Out, StringComparison.Ordinal);

        var broken = await fleet.RunAsync(dir, "connections", "doctor", "org_h", "--piece", "gelato", "--prefix", "gelato_");
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains("org_h: NotActive", broken.Out, StringComparison.Ordinal);
        Assert.Contains("upsert fresh credentials", broken.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_connections_commands_need_a_key_and_a_valid_prefix()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(Gelato), Ct);
        using var dir = new TempDirectory();

        var noKey = await CliRun.RunAsync(dir.Path, "connections", "audit", "--piece", "gelato", "--prefix", "gelato_", "--instance", emulator.BaseUrl.ToString());
        Assert.True(noKey.ExitCode == 2, noKey.ToString());
        Assert.Contains("An API key is required", noKey.Error, StringComparison.Ordinal);

        // The prefix rule of [PieceAuth] and PredefinedConnectionDescriptor: a '.' would break the flows' reference.
        var badPrefix = await CliRun.RunAsync(dir.Path, "connections", "audit", "--piece", "gelato", "--prefix", "gelato.", "--instance", emulator.BaseUrl.ToString(), "--api-key", emulator.ApiKey);
        Assert.True(badPrefix.ExitCode == 2, badPrefix.ToString());
        Assert.Equal(
            "error: --prefix 'gelato.' has characters other than letters, digits, '_' and '-' (flows reference connections by '<prefix><project id>'), e.g. mysql_.",
            Assert.Single(badPrefix.ErrorLines));
        Assert.Equal(0, emulator.CountRequests("GET", "/api/v1/global-connections"));

        var badKey = await CliRun.RunAsync(dir.Path, "connections", "doctor", "org_1", "--piece", "gelato", "--prefix", "gelato_", "--instance", emulator.BaseUrl.ToString(), "--api-key", "sk-" + new string('x', 61));
        Assert.True(badKey.ExitCode == 2, badKey.ToString());
        Assert.Contains("check the API key", badKey.Error, StringComparison.Ordinal);
        Assert.Empty(emulator.Connections);
    }

    /// <summary>org_a: orphan (project deleted); org_f: placeholder shadowing its global connection; org_g: clean; org_h: ERROR.</summary>
    private sealed class PlantedFleet : IAsyncDisposable
    {
        private PlantedFleet(ActivepiecesEmulator emulator) => Emulator = emulator;

        public ActivepiecesEmulator Emulator { get; }

        public string OrphanId { get; private set; } = "";

        public string PlaceholderId { get; private set; } = "";

        public string ErrorId { get; private set; } = "";

        public string ShadowedProjectId { get; private set; } = "";

        public static async Task<PlantedFleet> StartAsync()
        {
            var fleet = new PlantedFleet(await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(Gelato), Ct));
            using var client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = fleet.Emulator.BaseUrl, ApiKey = fleet.Emulator.ApiKey });
            var api = client.PredefinedConnections;

            var orphan = await api.CreateAsync(Descriptor, "org_a", new SecretTextValue("secret-a"), Ct);
            await client.Projects.DeleteAsync(orphan.ProjectIds[0], Ct);
            fleet.OrphanId = orphan.Id;

            var shadowed = await api.CreateAsync(Descriptor, "org_f", new SecretTextValue("secret-f"), Ct);
            fleet.ShadowedProjectId = shadowed.ProjectIds[0];
            fleet.PlaceholderId = await PostPlaceholderAsync(fleet.Emulator, shadowed.ProjectIds[0], "gelato_org_f");

            await api.CreateAsync(Descriptor, "org_g", new SecretTextValue("secret-g"), Ct);

            var broken = await api.CreateAsync(Descriptor, "org_h", new SecretTextValue("secret-h"), Ct);
            fleet.Emulator.SetConnectionStatus(broken.Id, "ERROR");
            fleet.ErrorId = broken.Id;
            return fleet;
        }

        public Task<CliRun> RunAsync(TempDirectory dir, params string[] args)
        {
            var variables = new Dictionary<string, string> { ["ACTIVEPIECES_URL"] = Emulator.BaseUrl.ToString(), ["ACTIVEPIECES_API_KEY"] = Emulator.ApiKey };
            return CliRun.RunAsync(dir.Path, variables, args);
        }

        public ValueTask DisposeAsync() => Emulator.DisposeAsync();

        private static async Task<string> PostPlaceholderAsync(ActivepiecesEmulator emulator, string projectId, string externalId)
        {
            using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
            var body = $$"""{"type":"PLACEHOLDER","externalId":"{{externalId}}","displayName":"Gelato","pieceName":"{{Gelato}}","projectId":"{{projectId}}"}""";
            using var response = await http.PostAsync(new Uri("api/v1/app-connections", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), Ct);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            return json.RootElement.GetProperty("id").GetString()!;
        }
    }
}
