using System.Net;
using Activepieces.Tests.Support;

namespace Activepieces.Tests.Api;

/// <summary>The 1.0 shape of the public API: extensible enums, readable responses, exceptions and mockable clients.</summary>
public sealed class PublicApiShapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Type_scope_and_status_compare_with_the_library_enums_and_keep_values_a_newer_server_adds()
    {
        var known = TestData.ConnectionJson("c1", "gelato_org_1", "p1");
        var unknown = TestData.ConnectionJson("c2", "gelato_org_2", "p1", scope: "ORGANIZATION", type: "FUTURE_AUTH")
            .Replace("\"status\":\"ACTIVE\"", "\"status\":\"SUSPENDED\"", StringComparison.Ordinal);
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(TestData.Page(known, unknown)));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());

        var rows = new List<AppConnection>();
        await foreach (var row in client.GlobalConnections.ListAsync(cancellationToken: Ct))
        {
            rows.Add(row);
        }

        Assert.True(rows[0].Type == AuthType.SecretText);
        Assert.True(rows[0].Scope == ConnectionScope.Platform);
        Assert.True(rows[0].Status == AppConnectionStatus.Active);
        Assert.True(rows[0].Type.TryGetAuthType(out var authType));
        Assert.Equal(AuthType.SecretText, authType);

        Assert.Equal("FUTURE_AUTH", rows[1].Type.ToString());
        Assert.False(rows[1].Type.TryGetAuthType(out _));
        Assert.Equal("ORGANIZATION", rows[1].Scope.ToString());
        Assert.False(rows[1].Scope.TryGetConnectionScope(out _));
        Assert.False(rows[1].Scope == ConnectionScope.Platform || rows[1].Scope == ConnectionScope.Project);
        Assert.Equal(new AppConnectionStatus("SUSPENDED"), rows[1].Status);
        Assert.NotEqual(AppConnectionStatus.Active, rows[1].Status);
    }

    [Fact]
    public async Task Filters_take_the_same_types_and_send_their_wire_strings()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(TestData.Page()));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var filter = new ConnectionListFilter { Scope = ConnectionScope.Project, Statuses = [AppConnectionStatus.Error, "SUSPENDED"] };

        var listed = 0;
        await foreach (var unused in client.AppConnections.ListAsync("p1", filter, Ct))
        {
            listed++;
        }

        Assert.Equal(0, listed);

        var query = Assert.Single(handler.Requests).Uri.Query;
        Assert.Contains("scope=PROJECT", query, StringComparison.Ordinal);
        Assert.Contains("status=ERROR&status=SUSPENDED", query, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_error_rows_are_not_usable()
    {
        Assert.True(AppConnectionStatus.Active.IsUsable);
        Assert.False(AppConnectionStatus.Missing.IsUsable);
        Assert.False(AppConnectionStatus.Error.IsUsable);
    }

    [Fact]
    public void A_connection_prints_its_identity_not_its_collections()
    {
        var connection = new AppConnection
        {
            Id = "c1",
            ExternalId = "gelato_org_1",
            DisplayName = "Gelato",
            Type = AuthType.CustomAuth,
            PieceName = "@activepieces/piece-gelato",
            ProjectIds = ["p1", "p2"],
            Scope = ConnectionScope.Platform,
            Status = AppConnectionStatus.Active,
        };

        Assert.Equal(
            "AppConnection { Id = c1, ExternalId = gelato_org_1, PieceName = @activepieces/piece-gelato, Type = CUSTOM_AUTH, Scope = PLATFORM, Status = ACTIVE, ProjectIds = 2 }",
            connection.ToString());
    }

    [Fact]
    public void Exceptions_take_their_details_from_an_initializer()
    {
        var notFound = new ActivepiecesApiException("gone") { StatusCode = HttpStatusCode.NotFound, Code = "ENTITY_NOT_FOUND", Method = "GET", Path = "/api/v1/projects" };
        var overloaded = new ActivepiecesApiException("busy", new IOException()) { StatusCode = HttpStatusCode.ServiceUnavailable, RetryAfter = TimeSpan.FromSeconds(2) };
        var open = new ActivepiecesUnavailableException("open") { Reason = ActivepiecesUnavailableReason.CircuitBroken };
        var lost = new ActivepiecesUnavailableException("lost") { Reason = ActivepiecesUnavailableReason.TimedOut, OAuthCodeMayBeConsumed = true };

        Assert.Equal(("gone", "ENTITY_NOT_FOUND", false), (notFound.Message, notFound.Code, notFound.IsTransient));
        Assert.Equal((true, TimeSpan.FromSeconds(2)), (overloaded.IsTransient, overloaded.RetryAfter));
        Assert.IsType<IOException>(overloaded.InnerException);
        Assert.Equal((false, true), (open.OutcomeUnknown, open.IsTransient));
        Assert.Equal((true, false), (lost.OutcomeUnknown, lost.IsTransient));
        Assert.Equal((string.Empty, string.Empty), (open.Method, new ActivepiecesApiException().Path));
    }

    [Fact]
    public async Task A_client_is_mocked_by_deriving_from_it_and_what_the_mock_does_not_override_says_so()
    {
        var client = new FakeClient();

        var found = await client.PredefinedConnections.GetAsync(TestData.Gelato, "org_1", Ct);
        Assert.Null(found);
        var notOverridden = await Assert.ThrowsAsync<InvalidOperationException>(() => client.PredefinedConnections.DeleteAsync(TestData.Gelato, "org_1", Ct));
        Assert.Contains(nameof(PredefinedConnectionsClient), notOverridden.Message, StringComparison.Ordinal);
        var noProjects = Assert.Throws<InvalidOperationException>(() => client.Projects);
        Assert.Contains(nameof(ActivepiecesClient), noProjects.Message, StringComparison.Ordinal);
    }

    private sealed class FakeClient : ActivepiecesClient
    {
        public override PredefinedConnectionsClient PredefinedConnections { get; } = new FakePredefinedConnections();
    }

    private sealed class FakePredefinedConnections : PredefinedConnectionsClient
    {
        public override Task<AppConnection?> GetAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken = default) =>
            Task.FromResult<AppConnection?>(null);
    }
}
