using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Validation;

namespace Activepieces.Emulator.Tests.Projects;

public sealed class ProjectTests
{
    [Fact]
    public async Task Create_answers_201_ProjectWithLimits()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.PostAsync("/api/v1/projects", new JsonObject
        {
            ["displayName"] = "Acme Inc",
            ["externalId"] = "acme",
            ["metadata"] = new JsonObject { ["plan"] = "pro" },
        });

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.ProjectWithLimits, answer.Body);
        Assert.Equal("acme", answer.String("externalId"));
        Assert.Equal("pro", answer.Body!["metadata"]!["plan"]!.GetValue<string>());
        Assert.Equal(emulator.PlatformId, answer.String("platformId"));
        var project = Assert.Single(emulator.Projects);
        Assert.Equal(answer.String("id"), project.Id);
    }

    [Fact]
    public async Task Create_with_a_duplicate_externalId_answers_500_like_the_database_unique_index()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        await api.CreateProjectAsync("A", "acme");

        var answer = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "B", ["externalId"] = "acme" });

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(500, answer.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal("Internal Server Error", answer.String("error"));
        Assert.Single(emulator.Projects);
    }

    [Fact]
    public async Task Update_to_an_externalId_of_another_project_answers_409_PROJECT_EXTERNAL_ID_ALREADY_EXISTS()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        await api.CreateProjectAsync("A", "acme");
        var other = await api.CreateProjectAsync("B", "globex");

        var answer = await api.PostAsync($"/api/v1/projects/{other}", new JsonObject { ["externalId"] = "acme" });

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("""{"code":"PROJECT_EXTERNAL_ID_ALREADY_EXISTS","params":{"externalId":"acme"}}""", answer.Text);
    }

    [Fact]
    public async Task Update_changes_fields_and_answers_200()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = await api.CreateProjectAsync("A", "acme");

        var answer = await api.PostAsync($"/api/v1/projects/{id}", new JsonObject { ["displayName"] = "Renamed", ["externalId"] = "acme-2", ["releasesEnabled"] = true });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.ProjectWithLimits, answer.Body);
        Assert.Equal("Renamed", answer.String("displayName"));
        Assert.Equal("acme-2", Assert.Single(emulator.Projects).ExternalId);
    }

    [Fact]
    public async Task List_filters_by_exact_externalId()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var acme = await api.CreateProjectAsync("A", "acme");
        await api.CreateProjectAsync("B", "acme-corp");
        await api.CreateProjectAsync("C", "ACME");

        var answer = await api.GetAsync("/api/v1/projects?externalId=acme");

        Assert.Equal(acme, Assert.Single(answer.Data)!["id"]!.GetValue<string>());
        await ContractAssert.MatchesResponseAsync(ContractSchemas.SeekPageOfProjects, answer.Body);
    }

    [Fact]
    public async Task List_pages_by_50_by_default()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var ids = new List<string>();
        for (var i = 0; i < 51; i++)
        {
            ids.Add(emulator.AddProject($"P{i:D2}", $"p{i}").Id);
        }

        var first = await api.GetAsync("/api/v1/projects");
        var second = await api.GetAsync($"/api/v1/projects?cursor={Uri.EscapeDataString(first.String("next"))}");

        Assert.Equal(ids.Take(50), first.Data.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Equal([ids[50]], second.Data.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Null(second.Body!["next"]);
    }

    [Fact]
    public async Task Get_and_delete_by_id()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = await api.CreateProjectAsync("A", "acme");

        var found = await api.GetAsync($"/api/v1/projects/{id}");
        var deleted = await api.DeleteAsync($"/api/v1/projects/{id}");
        var afterDelete = await api.GetAsync($"/api/v1/projects/{id}");
        var recreated = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "A", ["externalId"] = "acme" });

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal("", deleted.Text);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.Status);
        Assert.Equal(HttpStatusCode.Created, recreated.Status);
    }

    [Fact]
    public async Task Delete_of_an_unknown_project_answers_404()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.DeleteAsync("/api/v1/projects/AAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("ENTITY_NOT_FOUND", answer.String("code"));
    }

    [Fact]
    public async Task A_displayName_with_a_dot_or_slash_answers_400_when_the_real_schema_mirror_is_present()
    {
        var schemaRejects = RequestSchemas.ValidateCreateProject(JsonDocument.Parse("""{"displayName":"acme.com"}""").RootElement) is not null;
        Assert.SkipUnless(schemaRejects, "Needs the contract branch's RequestSchemas (the stub accepts any object).");
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "acme.com" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("FST_ERR_VALIDATION", answer.String("code"));
        Assert.Empty(emulator.Projects);
    }

    [Fact]
    public async Task GlobalConnectionExternalIds_on_create_adds_the_new_project_to_those_global_connections()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        await api.UpsertGlobalAsync("gelato_shared", []);

        var answer = await api.PostAsync("/api/v1/projects", new JsonObject
        {
            ["displayName"] = "A",
            ["globalConnectionExternalIds"] = new JsonArray("gelato_shared"),
        });

        Assert.Equal([answer.String("id")], Assert.Single(emulator.Connections).ProjectIds);
    }

    [Fact]
    public async Task Escaped_lone_surrogates_are_accepted_like_JSON_parse_and_stored_as_U_FFFD()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.PostRawAsync("/api/v1/projects", """{"displayName":"a\ud800b","metadata":{"k":"\udc00"}}""");

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.Equal("a\uFFFDb", answer.String("displayName"));
        Assert.Equal("a\uFFFDb", Assert.Single(emulator.Projects).DisplayName);
    }
}
