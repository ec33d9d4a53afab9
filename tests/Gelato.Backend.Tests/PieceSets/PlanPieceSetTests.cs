using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Activepieces;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;
using Microsoft.Extensions.Logging.Abstractions;
using Gelato.Backend.Tests.Infrastructure;

namespace Gelato.Backend.Tests.PieceSets;

/// <summary>
/// The sample keeps its plan tier's piece set (ensured at start) and mints v4 tokens naming it; the exchange at the
/// emulator assigns the set to the org's project (reference §11.4, §11.5).
/// </summary>
public sealed class PlanPieceSetTests(EmulatorBackedSampleFixture fixture) : IClassFixture<EmulatorBackedSampleFixture>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = fixture.Backend.BackendUrl };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_set_is_ensured_at_start_the_token_names_it_and_the_exchange_assigns_it()
    {
        // Ensured before the sample printed "ready": the tier's set holds exactly the Gelato piece.
        var set = Assert.Single(await ListPieceSetsAsync(fixture.Emulator), s => s.GetProperty("key").GetString() == PlanPieceSet.Key);
        Assert.Equal(PlanPieceSet.Name, set.GetProperty("name").GetString());
        Assert.Equal("exclude_all", set.GetProperty("pieces").GetProperty("mode").GetString());
        Assert.Equal(["@activepieces/piece-gelato"], set.GetProperty("pieces").GetProperty("exceptions").EnumerateArray().Select(p => p.GetString()));
        var ensureReads = fixture.Emulator.CountRequests("GET", "/api/v1/piece-sets");

        using var response = await _http.PostAsJsonAsync("/embed-token", new { orgId = "org_1234", userId = "u1", firstName = "Ada", lastName = "L" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var token = body.RootElement.GetProperty("token").GetString()!;
        var projectId = body.RootElement.GetProperty("projectId").GetString()!;

        using var payload = JsonDocument.Parse(DecodeSegment(token.Split('.')[1]));
        Assert.Equal("v4", payload.RootElement.GetProperty("version").GetString());
        Assert.Equal(PlanPieceSet.Key, payload.RootElement.GetProperty("pieceSet").GetString());
        Assert.False(payload.RootElement.TryGetProperty("piecesFilterType", out _));
        Assert.False(payload.RootElement.TryGetProperty("piecesTags", out _));

        // Before the login the project uses the default set; the exchange assigns the token's.
        Assert.Null(Assert.Single(fixture.Emulator.Projects, p => p.Id == projectId).PieceSetId);
        using var emulator = new HttpClient { BaseAddress = fixture.Emulator.BaseUrl };
        using var exchange = await emulator.PostAsJsonAsync("api/v1/managed-authn/external-token", new { externalAccessToken = token }, Ct);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.Equal(set.GetProperty("id").GetString(), Assert.Single(fixture.Emulator.Projects, p => p.Id == projectId).PieceSetId);

        // The mint itself sent no piece-set request: the set was settled at start.
        Assert.Equal(ensureReads, fixture.Emulator.CountRequests("GET", "/api/v1/piece-sets"));
    }

    [Fact]
    public async Task A_plan_without_piece_sets_gives_no_key_once_and_sends_nothing_after()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(cancellationToken: Ct);
        emulator.ManagePiecesEnabled = false;
        using var client = NewClient(emulator);
        var pieceSet = new PlanPieceSet(NullLogger<PlanPieceSet>.Instance);

        Assert.Null(await pieceSet.GetKeyAsync(client, Ct));
        Assert.Null(await pieceSet.GetKeyAsync(client, Ct));

        Assert.Equal(1, emulator.CountRequests("GET", "/api/v1/piece-sets"));
        Assert.Equal(0, emulator.CountRequests("POST", "/api/v1/piece-sets/**"));
    }

    [Fact]
    public async Task A_failed_ensure_at_start_does_not_stop_the_start_and_is_retried_before_the_next_token()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(cancellationToken: Ct);
        emulator.Faults.Add(FaultRule.Sequenced("GET", "/api/v1/piece-sets", Fault.ServiceUnavailable));
        using var client = NewClient(emulator);
        var pieceSet = new PlanPieceSet(NullLogger<PlanPieceSet>.Instance);

        await pieceSet.EnsureAtStartAsync(client, Ct);
        Assert.Empty(await ListPieceSetsAsync(emulator, PlanPieceSet.Key));

        Assert.Equal(PlanPieceSet.Key, await pieceSet.GetKeyAsync(client, Ct));
        Assert.Single(await ListPieceSetsAsync(emulator, PlanPieceSet.Key));
    }

    private static ActivepiecesClient NewClient(ActivepiecesEmulator emulator) =>
        new(new HttpClient(), new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = emulator.ApiKey });

    private static async Task<List<JsonElement>> ListPieceSetsAsync(ActivepiecesEmulator emulator, string? key = null)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        using var page = JsonDocument.Parse(await http.GetStringAsync("api/v1/piece-sets?limit=100", Ct));
        return [.. page.RootElement.GetProperty("data").EnumerateArray().Select(s => s.Clone()).Where(s => key is null || s.GetProperty("key").GetString() == key)];
    }

    private static string DecodeSegment(string segment)
    {
        var base64 = segment.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
    }
}
