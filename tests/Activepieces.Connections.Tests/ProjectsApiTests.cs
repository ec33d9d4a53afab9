using System.Net;
using System.Text.Json;
using Activepieces.Tests.Support;

namespace Activepieces.Tests;

public sealed class ProjectsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_GetOrCreate_for_one_external_id_sends_one_create()
    {
        var server = new MiniActivepieces { CreateDelay = TimeSpan.FromMilliseconds(100) };
        using var client = server.CreateClient();
        var projects = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct)));
        Assert.Equal(1, server.Handler.Count(HttpMethod.Post, "/v1/projects"));
        Assert.Single(projects.Select(p => p.Id).Distinct());
    }

    [Fact]
    public async Task Duplicate_created_by_another_process_is_read_back()
    {
        var server = new MiniActivepieces();
        var gets = 0;
        server.Intercept = r =>
        {
            // The first lookup sees nothing; then "another process" creates the project before our create lands.
            if (r.Method == HttpMethod.Get && Interlocked.Increment(ref gets) == 1)
            {
                server.AddProject("org_1", "otherProcess");
                return FakeHttpHandler.Json(TestData.Page());
            }

            return null;
        };
        using var client = server.CreateClient();
        var project = await client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);
        Assert.Equal("otherProcess", project.Id);
        Assert.Equal(1, server.Handler.Count(HttpMethod.Post, "/v1/projects"));
        Assert.Equal(2, server.Handler.Count(HttpMethod.Get, "/v1/projects"));
    }

    [Fact]
    public async Task Create_whose_answer_is_lost_is_verified_before_retrying()
    {
        var server = new MiniActivepieces();
        var posts = 0;
        server.Intercept = r =>
        {
            if (r.Method == HttpMethod.Post && Interlocked.Increment(ref posts) == 1)
            {
                server.AddProject("org_1", "createdButAnswerLost");
                throw new HttpRequestException("connection reset");
            }

            return null;
        };
        using var client = server.CreateClient();
        var project = await client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);
        Assert.Equal("createdButAnswerLost", project.Id);
        Assert.Equal(1, posts);
    }

    [Fact]
    public async Task Create_that_never_landed_is_retried_after_verification()
    {
        var server = new MiniActivepieces();
        var posts = 0;
        server.Intercept = r => r.Method == HttpMethod.Post && Interlocked.Increment(ref posts) == 1
            ? throw new TaskCanceledException("timeout", new TimeoutException())
            : null;
        using var client = server.CreateClient();
        var project = await client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);
        Assert.Equal(2, posts);
        Assert.Equal("org_1", project.ExternalId);
        var kinds = server.Handler.Requests.Select(r => r.Method.Method).ToArray();
        Assert.Equal(["GET", "POST", "GET", "POST"], kinds);
    }

    [Fact]
    public async Task A_failing_lookup_is_an_exception_never_not_found()
    {
        var server = new MiniActivepieces
        {
            Intercept = r => r.Method == HttpMethod.Get
                ? FakeHttpHandler.Json(HttpStatusCode.ServiceUnavailable, """{"statusCode":503,"error":"Service Unavailable","message":"down"}""")
                : null,
        };
        using var client = server.CreateClient();
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(0, server.Handler.Count(HttpMethod.Post, "/v1/projects"));
    }

    [Theory]
    [InlineData("acme.com", "acme-com")]
    [InlineData("a/b.c", "a-b-c")]
    [InlineData("org_1", "org_1")]
    public async Task Default_display_name_is_a_safe_form_of_the_external_id(string externalId, string expected)
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        await client.Projects.GetOrCreateAsync(externalId, cancellationToken: Ct);
        var create = Assert.Single(server.Handler.Requests, r => r.Method == HttpMethod.Post);
        using var body = JsonDocument.Parse(create.Body!);
        var displayName = body.RootElement.GetProperty("displayName").GetString()!;
        Assert.Equal(expected, displayName);
        Assert.Matches("^[^./]+$", displayName);
        Assert.Equal(externalId, body.RootElement.GetProperty("externalId").GetString());
    }

    [Fact]
    public async Task Unsafe_display_name_is_rejected_before_any_request()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        await Assert.ThrowsAsync<ArgumentException>(() => client.Projects.GetOrCreateAsync("org_1", "a.b", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "x/y" }, Ct));
        Assert.Empty(server.Handler.Requests);
    }

    [Fact]
    public async Task List_follows_cursors()
    {
        var handler = new FakeHttpHandler(r => MiniActivepieces.QueryValue(r.Uri, "cursor") switch
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
        Assert.All(handler.Requests, r => Assert.Equal("1", MiniActivepieces.QueryValue(r.Uri, "limit")));
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
