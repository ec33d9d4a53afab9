using System.Net;
using System.Text.Json.Nodes;
using Activepieces.Emulator;
using Activepieces.TestSupport;
using static Activepieces.Contract.Tests.Support.ShapeAssert;

namespace Activepieces.Contract.Tests.Responses;

/// <summary>
/// The answers of the routes the 0.86.x server added (reference §11), which the npm 0.96.2 schemas do not cover: where a
/// real schema describes the object (a connection), it is checked through it; the rest is checked key by key from §11,
/// each test naming the server file it follows.
/// </summary>
public sealed class ServerSinceJulyResponseShapeTests
{
    private const string PieceName = "@activepieces/piece-mysql";
    private const string Secret = "contract-s3cr3t-never-returned";

    private static async Task<(ActivepiecesEmulator Emulator, EmulatorApi Api, string ProjectId, string ConnectionId)> StartAsync()
    {
        var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(PieceName, "0.2.3"), TestContext.Current.CancellationToken);
        var api = new EmulatorApi(emulator);
        var projectId = await api.CreateProjectAsync("Acme", "acme");
        var connection = await api.PostAsync("/api/v1/global-connections", new JsonObject
        {
            ["displayName"] = "MySQL",
            ["pieceName"] = PieceName,
            ["type"] = "SECRET_TEXT",
            ["value"] = new JsonObject { ["type"] = "SECRET_TEXT", ["secret_text"] = Secret },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(projectId),
            ["externalId"] = "mysql_acme",
        });
        return (emulator, api, projectId, connection.String("id"));
    }

    /// <summary><c>app-connection.controller.ts</c> (GET /v1/app-connections/:id): §1.5 with <c>flowIds</c>, without <c>owner</c>.</summary>
    [Fact]
    public async Task A_connection_by_id_is_an_AppConnectionWithoutSensitiveData_with_flowIds_and_no_owner()
    {
        var (emulator, api, _, id) = await StartAsync();
        await using var _emulator = emulator;
        using var _api = api;

        var answer = await api.GetAsync($"/api/v1/app-connections/{id}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, answer.Body);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, answer.Body!["flowIds"]?.GetValueKind());
        Assert.False(answer.Body!.AsObject().ContainsKey("owner"));
        Assert.DoesNotContain(Secret, answer.Text, StringComparison.Ordinal);
    }

    /// <summary><c>app-connection.handler.ts</c> (<c>revalidateConnection</c>): 200 with the row, §1.5.</summary>
    [Fact]
    public async Task A_revalidation_answers_the_row_as_an_AppConnectionWithoutSensitiveData()
    {
        var (emulator, api, _, id) = await StartAsync();
        await using var _emulator = emulator;
        using var _api = api;

        var answer = await api.PostAsync($"/api/v1/app-connections/{id}/revalidate", new JsonObject());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, answer.Body);
        Assert.DoesNotContain(Secret, answer.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>app-connection/platform-app-connection.controller.ts</c>: a seek page whose items are §1.5 plus
    /// <c>projects: [{id, displayName, type}]</c>; <c>/owners</c> is <c>{data: [{id, firstName, lastName, email}], truncated}</c>.
    /// </summary>
    [Fact]
    public async Task The_platform_listing_and_its_owners_have_the_shapes_of_section_11_3()
    {
        var (emulator, api, projectId, _) = await StartAsync();
        await using var _emulator = emulator;
        using var _api = api;

        var page = await api.GetAsync("/api/v1/platform-app-connections?limit=100");
        var owners = await api.GetAsync("/api/v1/platform-app-connections/owners");

        HasExactly(page.Body, "page", ("data", AnArray), ("next", StringOrNull), ("previous", StringOrNull));
        var item = Assert.Single(page.Data)!.AsObject();
        var projects = item["projects"]!.AsArray();
        var project = Assert.Single(projects);
        HasExactly(project, "projects[0]", ("id", AString), ("displayName", AString), ("type", AString));
        Assert.Equal(projectId, project!["id"]!.GetValue<string>());
        Assert.Contains(project["type"]!.GetValue<string>(), new[] { "TEAM", "PERSONAL" });
        var withoutProjects = item.DeepClone().AsObject();
        withoutProjects.Remove("projects");
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, withoutProjects);
        Assert.DoesNotContain(Secret, page.Text, StringComparison.Ordinal);

        HasExactly(owners.Body, "owners", ("data", AnArray), ("truncated", ABoolean));
        HasExactly(Assert.Single(owners.Data), "owners.data[0]", ("id", AString), ("firstName", AString), ("lastName", AString), ("email", AString));
    }

    /// <summary>
    /// <c>ee/pieces/piece-set/piece-set.controller.ts</c>: a set carries its <c>name</c>, <c>key</c> and
    /// <c>isDefault</c> (§11.4) and the body fields of an update (<c>pieces: {mode, exceptions}</c>, <c>actions</c>,
    /// <c>triggers</c>); the list is a seek page; create and duplicate answer 201, assign and unassign 204.
    /// </summary>
    [Fact]
    public async Task Piece_sets_have_the_shape_of_section_11_4()
    {
        var (emulator, api, projectId, _) = await StartAsync();
        await using var _emulator = emulator;
        using var _api = api;

        var created = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Pro" });
        var id = created.String("id");
        var duplicated = await api.PostAsync($"/api/v1/piece-sets/{id}/duplicate", new JsonObject { ["name"] = "Pro 2" });
        var assigned = await api.PostAsync($"/api/v1/piece-sets/{id}/projects", new JsonObject { ["projectIds"] = new JsonArray(projectId) });
        var unassigned = await api.DeleteAsync($"/api/v1/piece-sets/{id}/projects/{projectId}");
        var page = await api.GetAsync("/api/v1/piece-sets");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.Created, duplicated.Status);
        Assert.Equal(HttpStatusCode.NoContent, assigned.Status);
        Assert.Equal(HttpStatusCode.NoContent, unassigned.Status);
        HasExactly(page.Body, "page", ("data", AnArray), ("next", StringOrNull), ("previous", StringOrNull));
        foreach (var set in page.Data)
        {
            HasExactly(
                set,
                "pieceSet",
                ("id", AString),
                ("created", AString),
                ("updated", AString),
                ("platformId", AString),
                ("name", AString),
                ("key", AString),
                ("isDefault", ABoolean),
                ("pieces", AnObject),
                ("actions", ObjectOrNull),
                ("triggers", ObjectOrNull));
            HasExactly(set!["pieces"], "pieceSet.pieces", ("mode", AString), ("exceptions", AnArray));
        }
    }
}
