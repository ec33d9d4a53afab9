using System.Net;

namespace Activepieces.Emulator.Tests.Storage;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_thousand_concurrent_mixed_requests_leave_a_consistent_state()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var shared = await api.CreateProjectAsync("Shared", "shared");

        var tasks = Enumerable.Range(0, 1000).Select(i => (i % 4) switch
        {
            // 250 upserts over 10 externalIds on the same project: at most 10 rows may exist afterwards.
            0 => api.UpsertGlobalAsync($"gelato_{i / 4 % 10}", [shared], secret: $"v{i}"),
            // 250 project creations with 125 distinct externalIds: exactly one create per externalId succeeds.
            1 => api.PostAsync("/api/v1/projects", new System.Text.Json.Nodes.JsonObject { ["displayName"] = $"P{i}", ["externalId"] = $"ext{i % 125}" }),
            2 => api.GetAsync("/api/v1/global-connections?limit=100"),
            _ => api.GetAsync($"/api/v1/projects?externalId=ext{i % 125}"),
        }).ToArray();
        var answers = await Task.WhenAll(tasks);

        Assert.All(answers.Where((_, i) => i % 4 == 0), answer => Assert.Equal(HttpStatusCode.Created, answer.Status));
        Assert.All(answers.Where((_, i) => i % 4 is 2 or 3), answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var creates = answers.Where((_, i) => i % 4 == 1).ToArray();
        Assert.Equal(125, creates.Count(answer => answer.Status == HttpStatusCode.Created));
        Assert.Equal(125, creates.Count(answer => answer.Status == HttpStatusCode.InternalServerError));

        Assert.Equal(126, emulator.Projects.Count);
        Assert.Equal(126, emulator.Projects.Select(project => project.ExternalId).Distinct().Count());
        Assert.Equal(10, emulator.Connections.Count);
        Assert.Equal(10, emulator.Connections.Select(connection => connection.ExternalId).Distinct().Count());
        Assert.Equal(1000 + 1, emulator.RequestCount);
        Assert.Equal(emulator.Connections.Count, emulator.Connections.Select(connection => connection.Id).Distinct().Count());
    }
}
