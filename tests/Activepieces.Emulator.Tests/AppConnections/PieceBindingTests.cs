using System.Net;

namespace Activepieces.Emulator.Tests.AppConnections;

/// <summary>The worker read under <c>AP_ENFORCE_CONNECTION_PIECE_BINDING</c> (after 0.86.3; off by default).</summary>
public sealed class PieceBindingTests
{
    private const string WorkerPath = "/api/v1/worker/app-connections/";

    private static async Task<(ActivepiecesEmulator Emulator, EmulatorApi Api, string Project)> StartAsync(bool enforced)
    {
        var options = TestPieces.Options();
        options.EnforceConnectionPieceBinding = enforced;
        var emulator = await TestPieces.StartAsync(options);
        var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        await api.UpsertGlobalAsync("gelato_acme", [project]);
        await api.UpsertGlobalAsync("mysql_acme", [project], pieceName: TestPieceFiles.MySql);
        return (emulator, api, project);
    }

    [Fact]
    public async Task Off_by_default_any_piece_reads_any_connection_as_at_0_86_3()
    {
        var (emulator, api, project) = await StartAsync(enforced: false);
        await using var _ = emulator;
        using var __ = api;

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{WorkerPath}mysql_acme?projectId={project}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{WorkerPath}gelato_acme?projectId={project}&pieceName=%40activepieces%2Fpiece-slack")).Status);
    }

    [Fact]
    public async Task Enforced_a_generic_destination_is_blocked_another_piece_mismatches_and_the_own_piece_reads()
    {
        var (emulator, api, project) = await StartAsync(enforced: true);
        await using var _ = emulator;
        using var __ = api;
        var gelato = Uri.EscapeDataString(TestPieceFiles.Gelato);
        var mysql = Uri.EscapeDataString(TestPieceFiles.MySql);

        var own = await api.GetAsync($"{WorkerPath}gelato_acme?projectId={project}&pieceName={gelato}");
        var mismatch = await api.GetAsync($"{WorkerPath}gelato_acme?projectId={project}&pieceName={mysql}");
        var blocked = await api.GetAsync($"{WorkerPath}mysql_acme?projectId={project}&pieceName={mysql}");
        var withoutPiece = await api.GetAsync($"{WorkerPath}gelato_acme?projectId={project}");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
        Assert.Equal("MCP_PIECE_CONNECTION_MISMATCH", mismatch.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, blocked.Status);
        Assert.Equal("APP_CONNECTION_BLOCKED_FOR_PIECE", blocked.ErrorCode);
        Assert.DoesNotContain("s3cr3t-value", mismatch.Text + blocked.Text, StringComparison.Ordinal);
        Assert.True(withoutPiece.IsSchemaRejection);
    }
}
