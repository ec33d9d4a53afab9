using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.Pieces;

/// <summary>The <c>audience</c> query of <c>GET /api/v1/pieces/:name</c>: actions marked for AI agents are left out by default.</summary>
public sealed class PieceAudienceTests
{
    private const string Metadata = """
        {"name":"@activepieces/piece-agenty","version":"1.0.0","actions":{
          "send":{"name":"send","displayName":"Send"},
          "ask_ai":{"name":"ask_ai","displayName":"Ask","audience":"ai"},
          "review":{"name":"review","displayName":"Review","audience":"human"}}}
        """;

    private static async Task<IReadOnlyList<string>> ActionsAsync(EmulatorApi api, string query)
    {
        var answer = await api.GetAsync("/api/v1/pieces/@activepieces/piece-agenty" + query);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body!["actions"]!.AsObject().Select(action => action.Key).ToArray();
    }

    [Fact]
    public async Task Absent_or_human_leaves_out_ai_actions_ai_leaves_out_human_ones_and_all_keeps_every_action()
    {
        await using var emulator = await TestPieces.StartAsync(TestPieces.Options().AddPieceJson(Metadata));
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        Assert.Equal(["send", "review"], await ActionsAsync(api, string.Empty));
        Assert.Equal(["send", "review"], await ActionsAsync(api, "?audience=human"));
        Assert.Equal(["send", "ask_ai"], await ActionsAsync(api, "?audience=ai"));
        Assert.Equal(["send", "ask_ai", "review"], await ActionsAsync(api, "?audience=all"));
        Assert.True((await api.GetAsync("/api/v1/pieces/@activepieces/piece-agenty?audience=robots")).IsSchemaRejection);
    }
}
