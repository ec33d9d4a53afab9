using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.AppConnections;

/// <summary>Server-written <c>metadata.accountIdentifier</c> (after 0.86.3; off by default).</summary>
public sealed class AccountIdentifierTests
{
    private static JsonObject ProjectUpsert(string projectId, JsonObject? metadata) => new()
    {
        ["externalId"] = "own",
        ["displayName"] = "Gelato",
        ["pieceName"] = TestPieceFiles.Gelato,
        ["projectId"] = projectId,
        ["type"] = "SECRET_TEXT",
        ["value"] = new JsonObject { ["type"] = "SECRET_TEXT", ["secret_text"] = "s" },
        ["metadata"] = metadata,
    };

    [Fact]
    public async Task A_global_row_comes_back_with_metadata_the_caller_never_sent_after_the_resolution_latency()
    {
        var latency = TimeSpan.FromSeconds(15);
        var time = new TimerObservingTimeProvider(latency);
        var options = TestPieces.Options().AddAccountIdentifier(TestPieceFiles.Gelato, "ada@example.com", latency);
        options.TimeProvider = time;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var upsert = api.UpsertGlobalAsync("gelato_acme", [project]);
        await time.TimerCreated.WaitAsync(TestContext.Current.CancellationToken);
        Assert.False(upsert.IsCompleted);
        time.Advance(latency);
        var answer = await upsert;

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.Equal("""{"accountIdentifier":"ada@example.com"}""", answer.Body!["metadata"]!.ToJsonString());
        Assert.Equal("""{"accountIdentifier":"ada@example.com"}""", Assert.Single(emulator.Connections).MetadataJson);
    }

    [Fact]
    public async Task The_callers_accountIdentifier_is_stripped_and_a_piece_without_one_keeps_null_metadata()
    {
        var options = TestPieces.Options().AddAccountIdentifier(TestPieceFiles.Gelato, "ada@example.com");
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var own = await api.PostAsync("/api/v1/app-connections", ProjectUpsert(project, new JsonObject { ["team"] = "ops", ["accountIdentifier"] = "forged" }));
        var other = await api.UpsertGlobalAsync("mysql_acme", [project], pieceName: TestPieceFiles.MySql);

        Assert.Equal("""{"team":"ops","accountIdentifier":"ada@example.com"}""", own.Body!["metadata"]!.ToJsonString());
        Assert.Null(other.Body!["metadata"]);
    }

    [Fact]
    public async Task Off_by_default_the_callers_metadata_is_stored_as_sent_as_at_0_86_3()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var own = await api.PostAsync("/api/v1/app-connections", ProjectUpsert(project, new JsonObject { ["accountIdentifier"] = "mine" }));
        var global = await api.UpsertGlobalAsync("gelato_acme", [project]);

        Assert.Equal("""{"accountIdentifier":"mine"}""", own.Body!["metadata"]!.ToJsonString());
        Assert.Null(global.Body!["metadata"]);
    }
}
