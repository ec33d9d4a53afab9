using System.Text.Json;
using Activepieces.Tests.Support;

namespace Activepieces.Tests.Resources;

public sealed class ProjectsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("acme.com", "acme-com")]
    [InlineData("a.b.c", "a-b-c")]
    [InlineData("org_1", "org_1")]
    public async Task Default_display_name_is_a_safe_form_of_the_external_id(string externalId, string expected)
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = await h.Client.Projects.GetOrCreateAsync(externalId, cancellationToken: Ct);
        var create = Assert.Single(h.Emulator.RequestLog, r => r.Method == "POST");
        using var body = JsonDocument.Parse(create.RequestBody);
        var displayName = body.RootElement.GetProperty("displayName").GetString()!;
        Assert.Equal(expected, displayName);
        Assert.Matches("^[^./]+$", displayName);
        Assert.Equal(externalId, body.RootElement.GetProperty("externalId").GetString());
        Assert.Equal(expected, project.DisplayName);
    }

    [Fact]
    public async Task Unsafe_display_name_is_rejected_before_any_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Projects.GetOrCreateAsync("org_1", "a.b", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "x/y" }, Ct));
        Assert.Empty(h.Emulator.RequestLog);
    }

    [Fact]
    public async Task List_follows_cursors()
    {
        var handler = new FakeHttpHandler(r => r.QueryValue("cursor") switch
        {
            null => FakeHttpHandler.Json(TestData.PageWithNext("c1", TestData.ProjectJson("p1", "a"))),
            "c1" => FakeHttpHandler.Json(TestData.PageWithNext("c/2+=", TestData.ProjectJson("p2", "b"))),
            "c/2+=" => FakeHttpHandler.Json(TestData.Page(TestData.ProjectJson("p3", "c"))),
            _ => throw new InvalidOperationException("unexpected cursor"),
        });
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var ids = new List<string>();
        await foreach (var project in client.Projects.ListAsync(new ProjectListFilter { PageSize = 1 }, Ct))
        {
            ids.Add(project.Id);
        }

        Assert.Equal(["p1", "p2", "p3"], ids);
        Assert.All(handler.Requests, r => Assert.Equal("1", r.QueryValue("limit")));
    }

    [Fact]
    public async Task Update_and_delete_use_the_escaped_project_id()
    {
        var handler = new FakeHttpHandler(r => r.Method == HttpMethod.Delete
            ? FakeHttpHandler.NoContent()
            : FakeHttpHandler.Json(TestData.ProjectJson("p 1", "org", "New")));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var updated = await client.Projects.UpdateAsync("p 1", new UpdateProjectRequest { DisplayName = "New" }, Ct);
        await client.Projects.DeleteAsync("p 1", Ct);
        Assert.Equal("New", updated.DisplayName);
        Assert.Equal(["/api/v1/projects/p%201", "/api/v1/projects/p%201"], handler.Requests.Select(r => r.Uri.AbsolutePath));
        Assert.Equal("""{"displayName":"New"}""", handler.Requests.First().Body);
    }
}
