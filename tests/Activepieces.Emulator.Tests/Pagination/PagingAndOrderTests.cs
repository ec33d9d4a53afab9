using System.Net;

namespace Activepieces.Emulator.Tests.Pagination;

public sealed class PagingAndOrderTests
{
    [Theory]
    [InlineData("", 10)]
    [InlineData("?limit=0", 10)]
    [InlineData("?limit=-1", 12)]
    [InlineData("?limit=3", 3)]
    public async Task Connection_limit_absent_or_0_is_the_default_and_minus_1_is_no_limit(string query, int expected)
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        for (var i = 0; i < 12; i++)
        {
            await api.UpsertGlobalAsync($"gelato_{i}", []);
        }

        var answer = await api.GetAsync("/api/v1/global-connections" + query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.Data.Count);
        Assert.Equal(expected == 12, answer.Body!["next"] is null);
    }

    [Theory]
    [InlineData("", 50)]
    [InlineData("?limit=0", 50)]
    [InlineData("?limit=-1", 53)]
    public async Task Project_limit_absent_or_0_is_50_and_minus_1_is_no_limit(string query, int expected)
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        for (var i = 0; i < 53; i++)
        {
            emulator.AddProject($"P{i:D2}", $"p{i}");
        }

        var answer = await api.GetAsync("/api/v1/projects" + query);

        Assert.Equal(expected, answer.Data.Count);
    }

    [Fact]
    public async Task Projects_are_listed_by_displayName_then_id_not_by_creation_and_pages_follow_that_order()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        emulator.AddProject("Charlie", "c");
        emulator.AddProject("Alpha", "a");
        var twinA = emulator.AddProject("Bravo", "b1").Id;
        var twinB = emulator.AddProject("Bravo", "b2").Id;

        var all = await api.GetAsync("/api/v1/projects");
        var first = await api.GetAsync("/api/v1/projects?limit=2");
        var second = await api.GetAsync($"/api/v1/projects?limit=2&cursor={Uri.EscapeDataString(first.String("next"))}");

        string[] bravos = [.. new[] { twinA, twinB }.Order(StringComparer.Ordinal)];
        var expected = new[] { "a" }.Concat(bravos.Select(id => emulator.Projects.Single(p => p.Id == id).ExternalId!)).Append("c").ToArray();
        Assert.Equal(expected, all.Data.Select(item => item!["externalId"]!.GetValue<string>()));
        Assert.Equal(expected, first.Data.Concat(second.Data).Select(item => item!["externalId"]!.GetValue<string>()));
        Assert.Null(second.Body!["next"]);
    }
}
