using System.Net;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Pieces;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Emulator.Tests.Pieces;

public sealed class PieceValidationTests
{
    private const string Secret = "sk_live_never-echo-me";

    private static ActivepiecesEmulatorOptions RejectingGelato() => TestPieces.Options().AddPieceValidation(
        TestPieceFiles.Gelato,
        value => value.GetProperty("type").GetString() switch
        {
            "SECRET_TEXT" => value.GetProperty("secret_text").GetString()!.StartsWith("gk_", StringComparison.Ordinal) ? null : "Invalid API key",
            _ => "Gelato accepts only an API key",
        });

    private static JsonObject ProjectBody(string type, JsonObject value, string projectId) => new()
    {
        ["externalId"] = "gelato_own",
        ["displayName"] = "Gelato",
        ["pieceName"] = TestPieceFiles.Gelato,
        ["projectId"] = projectId,
        ["type"] = type,
        ["value"] = value,
    };

    [Fact]
    public async Task A_rejected_secret_answers_400_INVALID_APP_CONNECTION_with_the_piece_message_and_no_secret()
    {
        await using var emulator = await TestPieces.StartAsync(RejectingGelato());
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var rejected = await api.UpsertGlobalAsync("gelato_acme", [project], Secret);
        var accepted = await api.UpsertGlobalAsync("gelato_acme", [project], "gk_valid");

        Assert.Equal(HttpStatusCode.BadRequest, rejected.Status);
        Assert.Equal("""{"code":"INVALID_APP_CONNECTION","params":{"error":"Invalid API key"}}""", rejected.Text);
        Assert.DoesNotContain(Secret, rejected.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.Status);
        Assert.Contains("gk_valid", Assert.Single(emulator.Connections).ValueJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BASIC_AUTH")]
    [InlineData("CUSTOM_AUTH")]
    [InlineData("OIDC")]
    public async Task The_validation_runs_on_basic_custom_and_oidc_upserts(string type)
    {
        await using var emulator = await TestPieces.StartAsync(RejectingGelato());
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var value = type == "BASIC_AUTH"
            ? new JsonObject { ["type"] = type, ["username"] = "u", ["password"] = Secret }
            : new JsonObject { ["type"] = type, ["props"] = new JsonObject { ["token"] = Secret } };

        var answer = await api.PostAsync("/api/v1/app-connections", ProjectBody(type, value, project));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("""{"code":"INVALID_APP_CONNECTION","params":{"error":"Gelato accepts only an API key"}}""", answer.Text);
        Assert.Empty(emulator.Connections);
    }

    [Fact]
    public async Task NO_AUTH_and_OAuth_upserts_skip_the_validation()
    {
        var options = TestPieces.Options().AddPieceValidation(TestPieceFiles.Square, PieceValidation.Reject("never"));
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var noAuth = ProjectBody("NO_AUTH", new JsonObject { ["type"] = "NO_AUTH" }, project);
        noAuth["pieceName"] = TestPieceFiles.Square;

        var answer = await api.PostAsync("/api/v1/app-connections", noAuth);

        Assert.Equal(HttpStatusCode.Created, answer.Status);
    }

    [Fact]
    public async Task A_throwing_validation_answers_400_ENGINE_OPERATION_FAILURE_without_the_exception_message()
    {
        var options = TestPieces.Options().AddPieceValidation(TestPieceFiles.Gelato, value => throw new InvalidOperationException(value.GetRawText()));
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var answer = await api.UpsertGlobalAsync("gelato_acme", [], Secret);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("ENGINE_OPERATION_FAILURE", answer.String("code"));
        Assert.DoesNotContain(Secret, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_latency_runs_on_the_emulator_clock_and_the_upsert_completes_only_after_it()
    {
        var latency = TimeSpan.FromSeconds(30);
        var time = new TimerSignallingTimeProvider(latency);
        var options = TestPieces.Options().AddPieceValidation(TestPieceFiles.Gelato, new PieceValidation { Latency = latency });
        options.TimeProvider = time;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var upsert = api.UpsertGlobalAsync("gelato_acme", []);
        await time.TimerCreated.WaitAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(upsert.IsCompleted);
        Assert.Empty(emulator.Connections);
        time.Advance(TimeSpan.FromSeconds(1));
        var answer = await upsert;

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.Single(emulator.Connections);
    }

    [Fact]
    public async Task A_validation_set_at_runtime_applies_to_the_next_upsert_and_can_be_removed()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        emulator.SetPieceValidation(TestPieceFiles.Gelato, PieceValidation.Reject("Service is down"));
        var rejected = await api.UpsertGlobalAsync("gelato_acme", []);
        emulator.SetPieceValidation(TestPieceFiles.Gelato, null);
        var accepted = await api.UpsertGlobalAsync("gelato_acme", []);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.Status);
        Assert.Equal("Service is down", rejected.Body!["params"]!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, accepted.Status);
    }

    /// <summary>A fake clock that signals when a timer of the given due time is created (the validation latency started).</summary>
    private sealed class TimerSignallingTimeProvider(TimeSpan dueTime) : FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero))
    {
        private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task TimerCreated => _created.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime1, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime1, period);
            if (dueTime1 == dueTime)
            {
                _created.TrySetResult();
            }

            return timer;
        }
    }
}
