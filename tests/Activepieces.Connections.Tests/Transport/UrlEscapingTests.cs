using Activepieces.Tests.Support;

namespace Activepieces.Tests.Transport;

public sealed class UrlEscapingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> AwkwardIds() => new()
    {
        "a&b=c", "what?x=1", "frag#ment", "a/b", "../etc", "100%", "with space", "plus+sign", "ünïcødé-日本語-😀", new string('x', 1000),
    };

    [Theory]
    [MemberData(nameof(AwkwardIds))]
    public async Task Ids_in_the_path_round_trip(string id)
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.NoContent());
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        await client.GlobalConnections.DeleteAsync(id, Ct);
        var request = Assert.Single(handler.Requests);
        var segments = request.Uri.AbsolutePath.Split('/');
        Assert.Equal(["", "api", "v1", "global-connections"], segments[..4]);
        Assert.Equal(5, segments.Length);
        Assert.Equal(id, Uri.UnescapeDataString(segments[4]));
        Assert.Equal(string.Empty, request.Uri.Query);
        Assert.Equal(string.Empty, request.Uri.Fragment);
    }

    [Theory]
    [MemberData(nameof(AwkwardIds))]
    public async Task Ids_in_the_query_round_trip(string id)
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(TestData.Page()));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        await foreach (var _ in client.Projects.ListAsync(new ProjectListFilter { ExternalId = id, PageSize = 2 }, Ct))
        {
        }

        var request = Assert.Single(handler.Requests);
        Assert.Equal("/api/v1/projects", request.Uri.AbsolutePath);
        Assert.Equal(id, request.QueryValue("externalId"));
        Assert.Equal("2", request.QueryValue("limit"));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    public async Task Ids_that_cannot_round_trip_are_rejected_before_any_request(string id)
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.NoContent());
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.GlobalConnections.DeleteAsync(id, Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.DeleteAsync(id, Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.GetByExternalIdAsync(id, Ct));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Ids_with_an_unpaired_surrogate_are_rejected_before_any_request()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.NoContent());
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var id = new string(['a', (char)0xD800, 'b']);
        await Assert.ThrowsAsync<ArgumentException>(() => client.GlobalConnections.DeleteAsync(id, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Projects.GetByExternalIdAsync(id, Ct));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Overlong_ids_are_rejected_before_any_request()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.NoContent());
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        await Assert.ThrowsAsync<ArgumentException>(() => client.AppConnections.DeleteAsync(new string('x', 5000), Ct));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Instance_url_with_a_path_keeps_it()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.NoContent());
        var options = TestData.Options();
        options.InstanceUrl = new Uri("https://ap.example.test/tenant");
        using var client = new ActivepiecesClient(new HttpClient(handler), options);
        await client.AppConnections.DeleteAsync("abc", Ct);
        Assert.Equal("https://ap.example.test/tenant/api/v1/app-connections/abc", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }
}
