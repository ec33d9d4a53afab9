using System.Net;
using Activepieces.Emulator.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Activepieces.Connections.IntegrationTests.Runtime;

public sealed class ConnectionsIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static GlobalConnectionUpsertRequest Upsert(
        string externalId, string projectId, IConnectionValue? value = null, string pieceName = TestPieceFiles.Gelato, string? pieceVersion = null) => new()
    {
        ExternalId = externalId,
        DisplayName = "Gelato " + externalId,
        PieceName = pieceName,
        PieceVersion = pieceVersion,
        ProjectIds = [projectId],
        Value = value ?? new SecretTextValue("s"),
    };

    [Fact]
    public async Task Global_connections_upsert_update_list_find_delete()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = h.Emulator.AddProject("Acme", "org_1");
        var other = h.Emulator.AddProject("Other", "org_2");
        var global = h.Client.GlobalConnections;

        for (var i = 0; i < 12; i++)
        {
            await global.UpsertAsync(Upsert("ext_" + i, project.Id), Ct);
        }

        var again = await global.UpsertAsync(Upsert("ext_3", project.Id, new SecretTextValue("new")), Ct);
        Assert.Equal(12, h.Emulator.Connections.Count);

        var listed = new List<AppConnection>();
        await foreach (var c in global.ListAsync(new ConnectionListFilter { PieceName = TestPieceFiles.Gelato, PageSize = 5 }, Ct))
        {
            listed.Add(c);
        }

        Assert.Equal(12, listed.Count);
        Assert.Equal(3, h.Emulator.CountRequests("GET", "/api/v1/global-connections"));

        var found = await global.FindByExternalIdAsync("ext_3", new ConnectionListFilter { PageSize = 5 }, Ct);
        Assert.Equal(again.Id, found?.Id);
        Assert.Null(await global.FindByExternalIdAsync("missing", cancellationToken: Ct));

        var updated = await global.UpdateAsync(again.Id, new GlobalConnectionUpdateRequest { DisplayName = "Renamed", ProjectIds = [project.Id, other.Id] }, Ct);
        Assert.Equal("Renamed", updated.DisplayName);
        Assert.Equal(2, updated.ProjectIds.Count);

        await global.DeleteAsync(again.Id, Ct);
        Assert.Equal(11, h.Emulator.Connections.Count);
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => global.DeleteAsync(again.Id, Ct));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("ENTITY_NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task App_connections_upsert_update_list_find_delete()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = h.Emulator.AddProject("Acme", "org_1");
        var app = h.Client.AppConnections;
        AppConnectionUpsertRequest Request(string secret) => new()
        {
            ProjectId = project.Id,
            ExternalId = "gelato_org_1",
            DisplayName = "Gelato",
            PieceName = TestPieceFiles.Gelato,
            Value = new SecretTextValue(secret),
            Metadata = new Dictionary<string, string> { ["owner"] = "team-a" },
        };
        var created = await app.UpsertAsync(Request("s"), Ct);
        var same = await app.UpsertAsync(Request("t"), Ct);
        Assert.Equal(created.Id, same.Id);
        Assert.Equal("PROJECT", created.Scope);

        var found = await app.FindByExternalIdAsync(project.Id, "gelato_org_1", new ConnectionListFilter { Scope = ConnectionScope.Project }, Ct);
        Assert.Equal(created.Id, found?.Id);
        var updated = await app.UpdateAsync(created.Id, new AppConnectionUpdateRequest { DisplayName = "Renamed" }, Ct);
        Assert.Equal("Renamed", updated.DisplayName);
        await app.DeleteAsync(created.Id, Ct);
        Assert.Null(await app.FindByExternalIdAsync(project.Id, "gelato_org_1", cancellationToken: Ct));
    }

    [Fact]
    public async Task Pieces_metadata_with_auth_object_or_array()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var mysql = await h.Client.Pieces.GetAsync("@activepieces/piece-mysql", cancellationToken: Ct);
        Assert.Equal("CUSTOM_AUTH", Assert.Single(mysql.Auths).Type);
        Assert.Contains("host", mysql.Auths[0].PropNames);
        var mistral = await h.Client.Pieces.GetAsync("@activepieces/piece-mistral-ai", cancellationToken: Ct);
        Assert.True(mistral.Auths.Count >= 1);
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.Pieces.GetAsync("@activepieces/piece-nope", cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Error_paths_map_to_codes()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = h.Emulator.AddProject("Acme", "org_1");

        // 401: a wrong key.
        using (var wrongKey = h.NewClient(apiKey: "sk-" + new string('Z', 61)))
        {
            var e = await Assert.ThrowsAsync<ActivepiecesApiException>(() => wrongKey.Projects.GetByExternalIdAsync("org_1", Ct));
            Assert.Equal((HttpStatusCode.Unauthorized, "AUTHENTICATION"), (e.StatusCode, e.Code));
        }

        // 403: a proxy that strips the Authorization header.
        using (var stripped = new ActivepiecesClient(
            new HttpClient(new StripAuthorizationHandler { InnerHandler = new HttpClientHandler() }),
            new ActivepiecesOptions { InstanceUrl = h.Emulator.BaseUrl, ApiKey = h.Emulator.ApiKey }))
        {
            var e = await Assert.ThrowsAsync<ActivepiecesApiException>(() => stripped.Projects.GetByExternalIdAsync("org_1", Ct));
            Assert.Equal((HttpStatusCode.Forbidden, "AUTHORIZATION"), (e.StatusCode, e.Code));
        }

        var global = h.Client.GlobalConnections;

        // 404: an unknown project or piece.
        var notFound = await Assert.ThrowsAsync<ActivepiecesApiException>(() => global.UpsertAsync(Upsert("e", "unknownProjectId00000"), Ct));
        Assert.Equal((HttpStatusCode.NotFound, "ENTITY_NOT_FOUND"), (notFound.StatusCode, notFound.Code));
        var unknownPiece = await Assert.ThrowsAsync<ActivepiecesApiException>(() => global.UpsertAsync(Upsert("e", project.Id, pieceName: "@activepieces/piece-nope"), Ct));
        Assert.Equal((HttpStatusCode.NotFound, "ENTITY_NOT_FOUND"), (unknownPiece.StatusCode, unknownPiece.Code));

        // 409: a piece version that is not semver.
        var conflict = await Assert.ThrowsAsync<ActivepiecesApiException>(() => global.UpsertAsync(Upsert("e", project.Id, pieceVersion: "latest"), Ct));
        Assert.Equal((HttpStatusCode.Conflict, "VALIDATION"), (conflict.StatusCode, conflict.Code));

        // 409: an external id taken by another project.
        var other = h.Emulator.AddProject("Other", "org_2");
        var taken = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.Projects.UpdateAsync(other.Id, new UpdateProjectRequest { ExternalId = "org_1" }, Ct));
        Assert.Equal((HttpStatusCode.Conflict, "PROJECT_EXTERNAL_ID_ALREADY_EXISTS"), (taken.StatusCode, taken.Code));

        // 500: updating an unknown connection id (TypeORM EntityNotFoundError on the real server).
        var serverError = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => global.UpdateAsync("unknownConnection0000", new GlobalConnectionUpdateRequest { DisplayName = "x" }, Ct));
        Assert.Equal(HttpStatusCode.InternalServerError, serverError.StatusCode);

        // Fastify 400: a value whose inner type disagrees with the top-level type.
        var invalid = await Assert.ThrowsAsync<ActivepiecesApiException>(() => global.UpsertAsync(Upsert("e", project.Id, new MismatchedValue()), Ct));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("FST_ERR_VALIDATION", invalid.Code);
        Assert.NotNull(invalid.ServerMessage);

        // Nothing secret was logged.
        Assert.All(h.LogTexts(), t => Assert.DoesNotContain(h.Emulator.ApiKey, t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resilient_client_retries_upserts_but_never_blindly_retries_project_creation()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = h.Emulator.AddProject("Acme", "org_1");
        var services = new ServiceCollection();
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = h.Emulator.BaseUrl;
            o.ApiKey = h.Emulator.ApiKey;
        });
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o => o.Retry.Delay = TimeSpan.Zero);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ActivepiecesClient>();

        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections", Fault.ServiceUnavailable, Fault.DropConnection));
        await client.GlobalConnections.UpsertAsync(Upsert("gelato_org_1", project.Id), Ct);
        Assert.Equal(3, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Single(h.Emulator.Connections);

        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.ServiceUnavailable));
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "New", ExternalId = "org_new" }, Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/projects"));

        // GetOrCreate verifies by GET and then creates again itself.
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.ServiceUnavailable));
        var created = await client.Projects.GetOrCreateAsync("org_new2", cancellationToken: Ct);
        Assert.Equal(3, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_new2" && p.Id == created.Id);
    }

    private sealed class StripAuthorizationHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = null;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class MismatchedValue : IConnectionValue
    {
        public AuthType AuthType => AuthType.SecretText;

        public void WriteValue(System.Text.Json.Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "BASIC_AUTH");
            writer.WriteString("username", "u");
            writer.WriteString("password", "p");
            writer.WriteEndObject();
        }
    }
}
