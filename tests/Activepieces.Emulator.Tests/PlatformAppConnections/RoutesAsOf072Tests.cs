using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.PlatformAppConnections;

/// <summary>
/// <see cref="ActivepiecesEmulatorOptions.OmitConnectionRoutesAfter072"/>: the connection routes of later servers answer
/// Fastify's 404, the older ones still work.
/// </summary>
public sealed class RoutesAsOf072Tests
{
    [Fact]
    public async Task The_platform_listing_the_read_by_id_and_revalidate_answer_route_not_found_the_older_routes_work()
    {
        var options = TestPieces.Options();
        options.OmitConnectionRoutesAfter072 = true;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.UpsertGlobalAsync("gelato_acme", [project])).String("id");

        var answers = new[]
        {
            await api.GetAsync("/api/v1/platform-app-connections"),
            await api.GetAsync("/api/v1/platform-app-connections/owners"),
            await api.GetAsync($"/api/v1/app-connections/{id}"),
            await api.PostAsync($"/api/v1/app-connections/{id}/revalidate", new JsonObject()),
        };

        Assert.All(answers, answer =>
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.Status);
            Assert.Equal("Route not found", answer.Body!["message"]!.GetValue<string>());
        });
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/global-connections")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/app-connections?projectId={project}")).Status);
    }

    [Fact]
    public async Task By_default_the_routes_of_0_86_3_answer()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.UpsertGlobalAsync("gelato_acme", [project])).String("id");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/platform-app-connections")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/app-connections/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/app-connections/{id}/revalidate", new JsonObject())).Status);
    }
}
