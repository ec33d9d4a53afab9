using System.Net;
using System.Text.Json;
using Activepieces;
using Activepieces.Embedding;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Pieces;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Gelato.Backend.Tests.Infrastructure;

namespace Gelato.Backend.Tests.Failures;

/// <summary>
/// <c>POST /embed-token</c> when Activepieces fails, in process against the sample's embedded emulator with injected
/// faults: an outage (also with the circuit open) is 503 with <c>Retry-After</c>, a rejected credential is 422 with the
/// piece's message, and nothing is ever a 500.
/// </summary>
public sealed class ActivepiecesFailureTests : IAsyncLifetime
{
    private const string GelatoPiece = "@activepieces/piece-gelato";

    private EmbeddedActivepieces _activepieces = null!;
    private ServiceProvider _services = null!;
    private ActivepiecesEmbedToken _tokens = null!;
    private PlanPieceSet _pieceSet = null!;

    // The client's clock (circuit, retries, Ensure cache): it stands still, so an open circuit's Retry-After is exact.
    private readonly FakeTimeProvider _time = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _activepieces = await EmbeddedActivepieces.StartAsync(Path.Combine(AppContext.BaseDirectory, "pieces"), Ct);
        _tokens = ActivepiecesEmbedToken.FromPem(_activepieces.Settings.SigningKeyId!, _activepieces.Settings.SigningKeyPem!);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging();
        services.AddProblemDetails();
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = new Uri(_activepieces.Settings.InstanceUrl!);
            o.ApiKey = _activepieces.Settings.ApiKey;
        });

        // The recommended setup with a circuit that opens after a handful of failures and retries without backoff.
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
            o.CircuitBreaker.MinimumThroughput = 4;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(1);
        });
        _services = services.BuildServiceProvider();

        // As the sample does at start, before any fault: the plan tier's piece set is settled. Through a client of its
        // own, so that the circuit under test counts only the calls of the mints.
        _pieceSet = new PlanPieceSet(NullLogger<PlanPieceSet>.Instance);
        using var setup = new ActivepiecesClient(new HttpClient(), new ActivepiecesOptions
        {
            InstanceUrl = new Uri(_activepieces.Settings.InstanceUrl!),
            ApiKey = _activepieces.Settings.ApiKey,
        });
        Assert.Equal(PlanPieceSet.Key, await _pieceSet.GetKeyAsync(setup, Ct));
    }

    public async ValueTask DisposeAsync()
    {
        _tokens.Dispose();
        await _services.DisposeAsync();
        await _activepieces.DisposeAsync();
    }

    private sealed record Answer(int Status, string? RetryAfter, JsonElement Body);

    private async Task<Answer> PostEmbedTokenAsync(string orgId, CustomerSettingsStore? settings = null, ActivepiecesClient? client = null)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Response.Body = new MemoryStream();
        var result = await EmbedTokenEndpoint.HandleAsync(
            new EmbedTokenRequest(orgId, "u1", "Ada", "L"),
            client ?? _services.GetRequiredService<ActivepiecesClient>(),
            settings ?? new CustomerSettingsStore(),
            _tokens,
            _pieceSet,
            NullLogger<EmbedTokenRequest>.Instance,
            context,
            Ct);
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: Ct);
        return new Answer(context.Response.StatusCode, context.Response.Headers.RetryAfter.ToString() is { Length: > 0 } h ? h : null, body.RootElement.Clone());
    }

    [Fact]
    public async Task Without_faults_the_endpoint_answers_200()
    {
        var answer = await PostEmbedTokenAsync("org_1234");
        Assert.Equal(200, answer.Status);
        Assert.Equal("gelato_org_1234", answer.Body.GetProperty("connectionExternalId").GetString());
    }

    [Fact]
    public async Task An_outage_answers_503_with_retry_after()
    {
        _activepieces.Emulator.Faults.Add(FaultRule.Always("*", "/api/**", Fault.DropConnection));
        var answer = await PostEmbedTokenAsync("org_1234");
        Assert.Equal(503, answer.Status);
        Assert.Equal("5", answer.RetryAfter);
        Assert.Contains("got no answer", answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_answer_passes_its_retry_after_on()
    {
        _activepieces.Emulator.Faults.Add(FaultRule.Always("*", "/api/**", Fault.TooManyRequests(TimeSpan.FromSeconds(42))));
        var answer = await PostEmbedTokenAsync("org_1234");
        Assert.Equal(503, answer.Status);
        Assert.Equal("42", answer.RetryAfter);
    }

    [Fact]
    public async Task A_circuit_broken_client_answers_503_with_retry_after_never_500()
    {
        _activepieces.Emulator.Faults.Add(FaultRule.Always("*", "/api/**", Fault.ServiceUnavailable));
        var answers = new List<Answer>();
        for (var i = 0; i < 10 && !answers.Any(a => a.Body.GetProperty("detail").GetString()!.Contains("CircuitBroken", StringComparison.Ordinal)); i++)
        {
            answers.Add(await PostEmbedTokenAsync("org_1234"));
        }

        Assert.Contains(answers, a => a.Body.GetProperty("detail").GetString()!.Contains("CircuitBroken", StringComparison.Ordinal));
        Assert.All(answers, a =>
        {
            Assert.Equal(503, a.Status);
            Assert.NotNull(a.RetryAfter);
        });

        // The open circuit's answer carries the rest of the break: all of it, on a clock that stands still.
        var open = answers.Last();
        Assert.Contains("CircuitBroken", open.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("60", open.RetryAfter);
    }

    [Fact]
    public async Task A_rejected_credential_answers_422_with_the_pieces_message()
    {
        _activepieces.Emulator.SetPieceValidation(GelatoPiece, PieceValidation.Reject("The Gelato API key is not valid for this store."));
        var answer = await PostEmbedTokenAsync("org_1234");
        Assert.Equal(422, answer.Status);
        Assert.Equal("The Gelato API key is not valid for this store.", answer.Body.GetProperty("detail").GetString());
        Assert.DoesNotContain("demo-gelato-key", answer.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Null(answer.RetryAfter);
    }

    [Fact]
    public async Task A_non_transient_answer_is_502()
    {
        _activepieces.Emulator.GlobalConnectionsEnabled = false; // 402 FEATURE_DISABLED
        var answer = await PostEmbedTokenAsync("org_1234");
        Assert.Equal(502, answer.Status);
        Assert.Contains("402", answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(answer.RetryAfter);
    }
}
