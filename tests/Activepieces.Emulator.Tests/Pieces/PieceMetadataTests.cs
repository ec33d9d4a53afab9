using System.Net;

namespace Activepieces.Emulator.Tests.Pieces;

public sealed class PieceMetadataTests
{
    [Fact]
    public async Task A_scoped_piece_name_is_served_publicly_through_the_scope_route()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.GetAsync("/api/v1/pieces/@activepieces/piece-mysql");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(TestPieceFiles.MySql, answer.String("name"));
        Assert.Equal("0.2.7", answer.String("version"));
        Assert.Equal("CUSTOM_AUTH", answer.Body!["auth"]!["type"]!.GetValue<string>());
        Assert.Equal("REGISTRY", answer.String("packageType"));
    }

    [Fact]
    public async Task An_encoded_name_and_an_auth_array_are_served()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.GetAsync("/api/v1/pieces/" + Uri.EscapeDataString(TestPieceFiles.Mistral));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(2, answer.Body!["auth"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_version_query_selects_a_version_and_the_latest_is_the_default()
    {
        var options = TestPieces.Options().AddPiece("@acme/piece-x", "1.10.0").AddPiece("@acme/piece-x", "1.9.0").AddPiece("@acme/piece-x", "2.0.0-beta.1");
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var latest = await api.GetAsync("/api/v1/pieces/@acme/piece-x");
        var pinned = await api.GetAsync("/api/v1/pieces/@acme/piece-x?version=1.9.0");
        var missing = await api.GetAsync("/api/v1/pieces/@acme/piece-x?version=3.0.0");

        Assert.Equal("2.0.0-beta.1", latest.String("version"));
        Assert.Equal("1.9.0", pinned.String("version"));
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task An_unknown_piece_answers_404_ENTITY_NOT_FOUND()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.GetAsync("/api/v1/pieces/@activepieces/piece-nope");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("ENTITY_NOT_FOUND", answer.String("code"));
    }

    [Fact]
    public async Task Pieces_added_at_runtime_are_served()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        emulator.AddPiece("@acme/piece-late", "0.0.1");
        var answer = await api.GetAsync("/api/v1/pieces/@acme/piece-late");

        Assert.Equal("0.0.1", answer.String("version"));
    }

    [Fact]
    public async Task Invalid_metadata_is_rejected_with_a_message_naming_the_problem()
    {
        var options = new ActivepiecesEmulatorOptions().AddPieceJson("""{"name":"@a/b","version":"one"}""");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ActivepiecesEmulator.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("semver \"version\"", error.Message, StringComparison.Ordinal);
    }
}
