using System.Net;
using Activepieces.Tests.Support;

namespace Activepieces.Tests.Transport;

/// <summary>
/// What the exception messages tell a reader: a refused key says to check the key (in the CLI's words), and only a write
/// that got no answer says it may or may not have been processed.
/// </summary>
public sealed class ErrorMessageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "AUTHENTICATION")]
    [InlineData(HttpStatusCode.Forbidden, "PERMISSION_DENIED")]
    public async Task A_refused_key_says_to_check_the_api_key(HttpStatusCode status, string code)
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(status, "{\"code\":\"" + code + "\",\"params\":{}}"));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());

        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));

        Assert.Equal(
            $"Activepieces API GET /api/v1/projects failed with HTTP {(int)status} ({status}), code {code}: the instance refused the request; check the API key (a platform API key of this instance).",
            error.Message);
        Assert.DoesNotContain(TestData.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_errors_give_no_advice_about_the_key()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Conflict, """{"code":"VALIDATION","params":{}}"""));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());

        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));

        Assert.Equal("Activepieces API GET /api/v1/projects failed with HTTP 409 (Conflict), code VALIDATION.", error.Message);
    }

    [Fact]
    public async Task A_read_that_got_no_answer_does_not_say_it_may_have_been_processed()
    {
        var handler = new FakeHttpHandler(_ => throw new HttpRequestException("connection refused"));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());

        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));

        Assert.Equal("Activepieces API GET /api/v1/projects got no answer (the connection failed).", error.Message);
    }

    [Fact]
    public async Task A_read_that_timed_out_does_not_say_it_may_have_been_processed()
    {
        var handler = new FakeHttpHandler(_ => throw new TimeoutException());
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());

        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));

        Assert.Equal("Activepieces API GET /api/v1/projects got no answer in time.", error.Message);
    }

    [Fact]
    public async Task A_write_that_got_no_answer_says_it_may_or_may_not_have_been_processed()
    {
        var handler = new FakeHttpHandler(_ => throw new HttpRequestException("connection reset"));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());

        var delete = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.GlobalConnections.DeleteAsync("c1", Ct));
        var create = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(
            () => client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "Acme", ExternalId = "org_1" }, Ct));

        Assert.Equal("Activepieces API DELETE /api/v1/global-connections/c1 got no answer (the connection failed); it may or may not have been processed.", delete.Message);
        Assert.Equal("Activepieces API POST /api/v1/projects got no answer (the connection failed); it may or may not have been processed.", create.Message);
    }
}
