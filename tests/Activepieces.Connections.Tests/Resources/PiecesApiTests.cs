using Activepieces.Tests.Support;

namespace Activepieces.Tests.Resources;

public sealed class PiecesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Auth_as_an_object_is_one_entry()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(
            """{"name":"@activepieces/piece-mysql","displayName":"MySQL","version":"0.2.3","auth":{"type":"CUSTOM_AUTH","displayName":"Connection","required":true,"props":{"host":{"type":"SHORT_TEXT"},"port":{"type":"NUMBER"}}}}"""));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var piece = await client.Pieces.GetAsync("@activepieces/piece-mysql", "0.2.3", Ct);
        var auth = Assert.Single(piece.Auths);
        Assert.Equal("CUSTOM_AUTH", auth.Type);
        Assert.True(auth.Required);
        Assert.Equal(["host", "port"], auth.PropNames);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("/api/v1/pieces/%40activepieces/piece-mysql", request.Uri.AbsolutePath);
        Assert.Equal("?version=0.2.3", request.Uri.Query);
    }

    [Fact]
    public async Task Auth_as_an_array_is_every_entry()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(
            """{"name":"@activepieces/piece-slack","version":"0.17.0","auth":[{"type":"OAUTH2","displayName":"Connection","required":true},{"type":"CUSTOM_AUTH","displayName":"Bot Token","required":true,"props":{"botToken":{"type":"SECRET_TEXT"}}}]}"""));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var piece = await client.Pieces.GetAsync("@activepieces/piece-slack", cancellationToken: Ct);
        Assert.Equal(["OAUTH2", "CUSTOM_AUTH"], piece.Auths.Select(a => a.Type));
        Assert.Equal(["OAUTH2", "CUSTOM_AUTH"], piece.Auths.Select(a => a.Definition.GetProperty("type").GetString()));
        Assert.Equal(["botToken"], piece.Auths[1].PropNames);
        Assert.Equal(string.Empty, Assert.Single(handler.Requests).Uri.Query);
    }

    [Theory]
    [InlineData("""{"name":"@acme/piece-x","version":"1.0.0","auth":[{"type":"SECRET_TEXT"},{"type":"SECRET_TEXT"}]}""", "'auth' has more than one entry of type 'SECRET_TEXT'")]
    [InlineData("""{"name":"@acme/piece-x","version":"1.0.0","auth":{"type":"CUSTOM_AUTH","props":{"region":{"type":"STATIC_DROPDOWN"}}}}""", "'auth.props.region' is a dropdown without 'options'")]
    [InlineData("""{"name":"@acme/piece-x","version":"1.0.0","auth":[{"type":"CUSTOM_AUTH","props":{"key":{}}}]}""", "'auth[0].props.key' has no 'type'")]
    [InlineData("""{"name":"@acme/piece-x","version":"1.0.0","auth":42}""", "'auth' must be an object, an array of objects or null")]
    public async Task Metadata_the_analyzers_reject_is_an_error_that_says_why(string body, string problem)
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(body));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Pieces.GetAsync("@acme/piece-x", cancellationToken: Ct));
        Assert.Contains("piece metadata that is not valid: " + problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_auth_is_an_empty_list()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json("""{"name":"piece-http","version":"1.0.0"}"""));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        Assert.Empty((await client.Pieces.GetAsync("piece-http", cancellationToken: Ct)).Auths);
    }

    [Theory]
    [InlineData("@scope/a/b")]
    [InlineData("scope/name")]
    [InlineData("@/name")]
    public async Task Malformed_piece_names_are_rejected(string name)
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.NoContent());
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        await Assert.ThrowsAsync<ArgumentException>(() => client.Pieces.GetAsync(name, cancellationToken: Ct));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_pieces_client_without_a_key_sends_no_authorization_header_and_accepts_plain_http()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json("""{"name":"@activepieces/piece-mysql","version":"0.2.3"}"""));
        var options = new ActivepiecesOptions { InstanceUrl = new Uri("http://ap.example.test") };
        using var pieces = new ActivepiecesPiecesClient(new HttpClient(handler), options);

        var piece = await pieces.GetAsync("@activepieces/piece-mysql", cancellationToken: Ct);

        Assert.Equal("0.2.3", piece.Version);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://ap.example.test/api/v1/pieces/%40activepieces/piece-mysql", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task The_pieces_client_sends_a_key_it_is_given()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json("""{"name":"piece-http","version":"1.0.0"}"""));
        using var pieces = new ActivepiecesPiecesClient(new HttpClient(handler), TestData.Options());

        await pieces.GetAsync("piece-http", cancellationToken: Ct);

        Assert.Equal("Bearer " + TestData.ApiKey, Assert.Single(handler.Requests).Authorization);
    }

    [Theory]
    [InlineData("http://ap.example.test", TestData.ApiKey, "ActivepiecesOptions.InstanceUrl uses http://")]
    [InlineData("https://ap.example.test", "not-a-key-SECRET", "ActivepiecesOptions.ApiKey is not a platform API key")]
    [InlineData("https://user:pw@ap.example.test", null, "ActivepiecesOptions.InstanceUrl must not contain user credentials")]
    public void The_pieces_client_validates_the_url_and_a_given_key_as_the_full_client_does(string url, string? key, string expected)
    {
        var options = new ActivepiecesOptions { InstanceUrl = new Uri(url), ApiKey = key };

        var exception = Assert.Throws<ArgumentException>(() => new ActivepiecesPiecesClient(options));

        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
        Assert.Equal("options", exception.ParamName);
        Assert.DoesNotContain("SECRET", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_client_still_requires_a_key() =>
        Assert.Throws<ArgumentException>(() => new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = TestData.InstanceUrl }));
}
