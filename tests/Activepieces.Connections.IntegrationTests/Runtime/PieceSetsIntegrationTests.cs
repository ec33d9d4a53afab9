using System.Net;
using Activepieces.Emulator.Faults;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary><c>client.PieceSets</c> against the emulator's <c>/v1/piece-sets</c> (reference §11.4).</summary>
public sealed class PieceSetsIntegrationTests
{
    private const string Slack = "@activepieces/piece-slack";
    private const string Gmail = "@activepieces/piece-gmail";
    private const string Gelato = "@activepieces/piece-gelato";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lifecycle_create_get_update_duplicate_assign_unassign_delete()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var sets = h.Client.PieceSets;
        var project = h.Emulator.AddProject("Acme", "org_1");

        var initial = await ToListAsync(sets.ListAsync(Ct));
        var defaultSet = Assert.Single(initial);
        Assert.True(defaultSet.IsDefault);

        var created = await sets.CreateAsync(new CreatePieceSetRequest { Name = "Pro Tier" }, Ct);
        Assert.Equal("pro-tier", created.Key);
        Assert.False(created.IsDefault);
        Assert.Equal(PieceSetPiecesMode.IncludeAll, created.Pieces.Mode);
        Assert.Equal(h.Emulator.PlatformId, created.PlatformId);
        Assert.Equal(created.Id, (await sets.GetAsync(created.Id, Ct)).Id);

        var updated = await sets.UpdateAsync(created.Id, new UpdatePieceSetRequest
        {
            Name = "Pro",
            Pieces = PieceSetPieces.Only([Slack, Gmail]),
            Actions = new Dictionary<string, PieceSetSelection>
            {
                [Slack] = new() { Mode = PieceSetSelectionMode.Selected, Selected = ["send_message"] },
                [Gmail] = new() { Mode = PieceSetSelectionMode.All },
            },
        }, Ct);
        Assert.Equal("Pro", updated.Name);
        Assert.Equal("pro-tier", updated.Key);
        Assert.Equal(PieceSetPiecesMode.ExcludeAll, updated.Pieces.Mode);
        Assert.Equal([Slack, Gmail], updated.Pieces.Exceptions);
        Assert.Equal(["send_message"], updated.Actions![Slack].Selected);
        Assert.Equal(PieceSetSelectionMode.All, updated.Actions[Gmail].Mode);
        Assert.Null(updated.Actions[Gmail].Selected);
        Assert.Null(updated.Triggers);

        var copy = await sets.DuplicateAsync(created.Id, "Pro copy", Ct);
        Assert.Equal("pro-copy", copy.Key);
        Assert.Equal([Slack, Gmail], copy.Pieces.Exceptions);

        await sets.AssignProjectsAsync(created.Id, [project.Id], Ct);
        Assert.Equal(created.Id, Assert.Single(h.Emulator.Projects, p => p.Id == project.Id).PieceSetId);
        Assert.Equal(created.Id, (await h.Client.Projects.GetByExternalIdAsync("org_1", Ct))!.PieceSetId);

        await sets.UnassignProjectAsync(created.Id, project.Id, Ct);
        Assert.Null(Assert.Single(h.Emulator.Projects, p => p.Id == project.Id).PieceSetId);

        await sets.DeleteAsync(copy.Id, Ct);
        var missing = await Assert.ThrowsAsync<ActivepiecesApiException>(() => sets.GetAsync(copy.Id, Ct));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(2, (await ToListAsync(sets.ListAsync(Ct))).Count);

        var deleteDefault = await Assert.ThrowsAsync<ActivepiecesApiException>(() => sets.DeleteAsync(defaultSet.Id, Ct));
        Assert.Equal(HttpStatusCode.Conflict, deleteDefault.StatusCode);
    }

    [Fact]
    public async Task List_follows_the_cursor_past_one_page_of_100()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        for (var i = 0; i < 120; i++)
        {
            await h.Client.PieceSets.CreateAsync(new CreatePieceSetRequest { Name = "tier " + i }, Ct);
        }

        h.Emulator.ResetRequestLog();
        var listed = await ToListAsync(h.Client.PieceSets.ListAsync(Ct));

        Assert.Equal(121, listed.Count);
        Assert.Equal(121, listed.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, h.Emulator.CountRequests("GET", "/api/v1/piece-sets"));
        Assert.All(h.Emulator.RequestLog, r => Assert.Contains("limit=100", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ensure_creates_when_missing_updates_what_differs_and_writes_nothing_when_equal()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var sets = h.Client.PieceSets;

        var created = await sets.EnsureAsync("pro", "Pro", [Slack, Gmail], Ct);
        Assert.Equal("pro", created.Key);
        Assert.Equal("Pro", created.Name);
        Assert.Equal(PieceSetPiecesMode.ExcludeAll, created.Pieces.Mode);
        Assert.Equal([Slack, Gmail], created.Pieces.Exceptions);
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/piece-sets"));
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/piece-sets"));
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/piece-sets/*"));

        // Equal in another order, with a repeat: one read, no write.
        h.Emulator.ResetRequestLog();
        var same = await sets.EnsureAsync("pro", "Pro", [Gmail, Slack, Gmail], Ct);
        Assert.Equal(created.Id, same.Id);
        Assert.Equal(created.Updated, same.Updated);
        Assert.Equal(["GET"], h.Emulator.RequestLog.Select(r => r.Method));

        h.Emulator.ResetRequestLog();
        var renamed = await sets.EnsureAsync("pro", "Pro plan", [Slack, Gmail], Ct);
        Assert.Equal("Pro plan", renamed.Name);
        Assert.Equal(["GET", "POST"], h.Emulator.RequestLog.Select(r => r.Method));
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/piece-sets/" + created.Id));

        h.Emulator.ResetRequestLog();
        var narrowed = await sets.EnsureAsync("pro", "Pro plan", [Slack], Ct);
        Assert.Equal(created.Id, narrowed.Id);
        Assert.Equal([Slack], narrowed.Pieces.Exceptions);
        Assert.Equal(["GET", "POST"], h.Emulator.RequestLog.Select(r => r.Method));

        // A set someone switched to include_all in the UI is brought back to exactly its pieces.
        await sets.UpdateAsync(created.Id, new UpdatePieceSetRequest { Pieces = new PieceSetPieces { Mode = PieceSetPiecesMode.IncludeAll, Exceptions = [Slack] } }, Ct);
        var restored = await sets.EnsureAsync("pro", "Pro plan", [Slack], Ct);
        Assert.Equal(PieceSetPiecesMode.ExcludeAll, restored.Pieces.Mode);

        var all = await ToListAsync(sets.ListAsync(Ct));
        Assert.Single(all, s => s.Key == "pro");
    }

    [Fact]
    public async Task Ensure_from_two_replicas_at_once_converges_on_one_set()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var other = h.NewClient();

        // Both creates are held until both have arrived, so both lists answered "missing": one create wins, the other
        // meets the used key (409), reads the winner's set back and updates it.
        var creates = new FaultGate();
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/piece-sets", Fault.Hold(creates), Fault.Hold(creates)));
        var both = Task.WhenAll(
            h.Client.PieceSets.EnsureAsync("team", "Team", [Slack], Ct),
            other.PieceSets.EnsureAsync("team", "Team", [Slack], Ct));
        await creates.WaitUntilHeldAsync(2, Ct);
        creates.Release();
        var results = await both;

        Assert.Equal(results[0].Id, results[1].Id);
        Assert.Contains(h.Emulator.RequestLog, r => r.Method == "POST" && r.Path == "/api/v1/piece-sets" && r.StatusCode == 409);
        var team = Assert.Single(await ToListAsync(h.Client.PieceSets.ListAsync(Ct)), s => s.Key == "team");
        Assert.Equal([Slack], team.Pieces.Exceptions);
        Assert.Equal(PieceSetPiecesMode.ExcludeAll, team.Pieces.Mode);
    }

    [Fact]
    public async Task A_plan_without_piece_management_answers_402_with_a_message_that_names_the_plan_feature()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.ManagePiecesEnabled = false;

        var ensure = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.PieceSets.EnsureAsync("pro", "Pro", [Slack], Ct));
        var list = await Assert.ThrowsAsync<ActivepiecesApiException>(() => ToListAsync(h.Client.PieceSets.ListAsync(Ct)));
        var create = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.PieceSets.CreateAsync(new CreatePieceSetRequest { Name = "Pro" }, Ct));

        foreach (var error in new[] { ensure, list, create })
        {
            Assert.Equal(HttpStatusCode.PaymentRequired, error.StatusCode);
            Assert.Equal("FEATURE_DISABLED", error.Code);
            Assert.Contains("managePiecesEnabled", error.Message, StringComparison.Ordinal);
            Assert.Contains("v1/piece-sets", error.Path, StringComparison.Ordinal);
            Assert.False(error.IsTransient);
        }

        Assert.Equal(2, h.Emulator.CountRequests("GET", "/api/v1/piece-sets")); // the ensure's read and the list, nothing more
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/piece-sets"));
    }

    [Fact]
    public async Task Bad_arguments_throw_naming_the_parameter_before_any_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var sets = h.Client.PieceSets;

        Assert.Equal("key", (await Assert.ThrowsAsync<ArgumentException>(() => sets.EnsureAsync(" ", "Pro", [Slack], Ct))).ParamName);
        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentException>(() => sets.EnsureAsync("pro", "", [Slack], Ct))).ParamName);
        var badPiece = await Assert.ThrowsAsync<ArgumentException>(() => sets.EnsureAsync("pro", "Pro", [Slack, "Not A Piece"], Ct));
        Assert.Equal("pieceNames", badPiece.ParamName);
        Assert.Contains("'Not A Piece'", badPiece.Message, StringComparison.Ordinal);
        Assert.Equal("request.Name", (await Assert.ThrowsAsync<ArgumentException>(() => sets.CreateAsync(new CreatePieceSetRequest { Name = "" }, Ct))).ParamName);
        Assert.Equal("request.Pieces", (await Assert.ThrowsAsync<ArgumentException>(() =>
            sets.UpdateAsync("ps_1", new UpdatePieceSetRequest { Pieces = new PieceSetPieces { Mode = default } }, Ct))).ParamName);
        Assert.Equal("projectIds", (await Assert.ThrowsAsync<ArgumentException>(() => sets.AssignProjectsAsync("ps_1", [], Ct))).ParamName);
        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentException>(() => sets.DuplicateAsync("ps_1", " ", Ct))).ParamName);

        Assert.Equal(0, h.Emulator.RequestCount);
    }

    [Fact]
    public async Task Models_print_their_identity()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var set = await h.Client.PieceSets.EnsureAsync("pro", "Pro", [Slack, Gelato], Ct);

        Assert.Equal($"PieceSet {{ Id = {set.Id}, Key = pro, Name = Pro, IsDefault = False, Pieces = exclude_all except 2 }}", set.ToString());
        Assert.Equal("UpdatePieceSetRequest { Name = Pro, Pieces = exclude_all except 1 }", new UpdatePieceSetRequest { Name = "Pro", Pieces = PieceSetPieces.Only([Slack]) }.ToString());
        Assert.Equal("selected 2", new PieceSetSelection { Mode = PieceSetSelectionMode.Selected, Selected = ["a", "b"] }.ToString());
    }

    [Fact]
    public void A_mock_built_with_the_protected_constructor_names_the_client()
    {
        var mock = new MockPieceSets();
        var error = Assert.Throws<InvalidOperationException>(() => { _ = mock.GetAsync("ps_1", Ct); });
        Assert.Contains(nameof(PieceSetsClient), error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class MockPieceSets : PieceSetsClient;
}
