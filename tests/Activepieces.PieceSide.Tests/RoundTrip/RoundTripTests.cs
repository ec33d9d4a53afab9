using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator;
using Activepieces.PieceSide.Tests.Infrastructure;
using Activepieces.TestSupport;
using Gelato.Backend;

namespace Activepieces.PieceSide.Tests.RoundTrip;

/// <summary>
/// Both halves of the sample against the emulator: the C# client provisions orgs with the backend's own record
/// (<see cref="GelatoConnection"/>), then the sample piece's <c>get_store</c> action runs under node with a connections
/// manager that reads the emulator's worker route as the engine's resolver does, and finds the connection through the
/// generated helper. One node process runs every step.
/// </summary>
public sealed class RoundTripTests
{
    private const string DoctorFix = "dotnet activepieces connections doctor {0} --piece @activepieces/piece-gelato --prefix gelato_";

    [Fact]
    public async Task The_piece_sees_the_props_the_backend_wrote_and_each_failure_gives_the_helpers_message()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await ActivepiecesEmulator.StartAsync(
            new ActivepiecesEmulatorOptions().AddPieceFile(Path.Combine(PieceSidePaths.Backend, "pieces", "gelato.piece.json")), cancellationToken);
        using var client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = emulator.ApiKey });
        var apiKey = "gk_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

        var provisioned = await client.Projects.GetOrCreateAsync("org_1234", cancellationToken: cancellationToken);
        await client.EnsureGelatoConnectionAsync("org_1234", new GelatoConnection(apiKey, "store-1234"), cancellationToken);
        var expired = await client.Projects.GetOrCreateAsync("org_expired", cancellationToken: cancellationToken);
        await client.EnsureGelatoConnectionAsync("org_expired", new GelatoConnection("gk_old", "store-9"), cancellationToken);
        emulator.SetConnectionStatus(emulator.Connections.Single(connection => connection.ExternalId == "gelato_org_expired").Id, "ERROR");
        var missing = await client.Projects.GetOrCreateAsync("org_missing", cancellationToken: cancellationToken);
        using var api = new EmulatorApi(emulator);
        var withoutExternalId = await api.CreateProjectAsync("Unmanaged");
        var wrongType = await client.Projects.GetOrCreateAsync("org_wrong", cancellationToken: cancellationToken);
        Assert.True((await api.UpsertGlobalAsync("gelato_org_wrong", [wrongType.Id])).IsSuccess); // a SECRET_TEXT row under the record's name

        var results = await RunStepsAsync(emulator, [("provisioned", provisioned.Id), ("expired", expired.Id), ("missing", missing.Id), ("no-external-id", withoutExternalId), ("wrong-type", wrongType.Id)]);
        TestContext.Current.TestOutputHelper?.WriteLine(results.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        var ok = Step(results, "provisioned");
        Assert.True(ok["ok"]!.GetValue<bool>(), ok.ToJsonString());
        Assert.Equal("store-1234", ok["output"]!["storeId"]!.GetValue<string>());
        Assert.Equal("store-1234", ok["output"]!["store"]!["id"]!.GetValue<string>());
        Assert.Equal(Sha256(apiKey), ok["output"]!["store"]!["apiKeySha256"]!.GetValue<string>());

        AssertFailure(Step(results, "expired"), "EXPIRED", "gelato_org_expired", "ConnectionExpired",
            "Connection gelato_org_expired has expired (status ERROR): the backend must write fresh credentials for org org_expired. Run: " + string.Format(null, DoctorFix, "org_expired"));
        AssertFailure(Step(results, "missing"), "NOT_FOUND", "gelato_org_missing", "ConnectionNotFound",
            $"Connection gelato_org_missing not found in project {missing.Id}: the backend has not written it for org org_missing, or it does not list this project. Run: " + string.Format(null, DoctorFix, "org_missing"));
        AssertFailure(Step(results, "no-external-id"), "NO_PROJECT_EXTERNAL_ID", null, null,
            $"Project {withoutExternalId} has no external id, so its connection gelato_<org> cannot be found: the backend creates each org's project with the org id as its external id. Check the org with: " + string.Format(null, DoctorFix, "<org>"));
        AssertFailure(Step(results, "wrong-type"), "WRONG_TYPE", "gelato_org_wrong", null,
            "Connection gelato_org_wrong is a SECRET_TEXT value, but the record GelatoConnection writes CUSTOM_AUTH (pieces built on a pieces-framework without a versioned context get untyped values). Run: " + string.Format(null, DoctorFix, "org_wrong"));
        Assert.DoesNotContain(apiKey, results.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<JsonArray> RunStepsAsync(ActivepiecesEmulator emulator, IEnumerable<(string Label, string ProjectId)> steps)
    {
        var input = new JsonObject
        {
            ["pieceDir"] = PieceSidePaths.SamplePiece,
            ["apiUrl"] = emulator.BaseUrl.ToString(),
            ["steps"] = new JsonArray([.. steps.Select(step => (JsonNode)new JsonObject
            {
                ["label"] = step.Label,
                ["action"] = "get_store",
                ["projectId"] = step.ProjectId,
                ["propsValue"] = new JsonObject(),
            })]),
        };
        await using var node = ChildProcess.Start(
            "node",
            [Path.Combine(AppContext.BaseDirectory, "Node", "run-steps.js")],
            PieceSidePaths.SamplePiece,
            new Dictionary<string, string?> { ["EMULATOR_API_KEY"] = emulator.ApiKey },
            Encoding.UTF8.GetBytes(input.ToJsonString()));
        var exitCode = await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(exitCode == 0, string.Join(Environment.NewLine, node.Output));
        return JsonNode.Parse(node.StandardOutput.Last())!.AsArray();
    }

    private static JsonNode Step(JsonArray results, string label) =>
        results.Single(result => result!["label"]!.GetValue<string>() == label)!;

    private static void AssertFailure(JsonNode result, string reason, string? externalId, string? engineError, string message)
    {
        Assert.False(result["ok"]!.GetValue<bool>(), result.ToJsonString());
        Assert.Equal("GelatoConnectionError", result["name"]!.GetValue<string>());
        Assert.Equal(reason, result["reason"]!.GetValue<string>());
        Assert.Equal(externalId, result["externalId"]?.GetValue<string>());
        Assert.Equal(engineError, result["cause"]?.GetValue<string>());
        Assert.Equal(message, result["message"]!.GetValue<string>());
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
