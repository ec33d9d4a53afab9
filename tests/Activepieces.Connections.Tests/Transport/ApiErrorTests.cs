using System.Net;
using Activepieces.Tests.Support;

namespace Activepieces.Tests.Transport;

public sealed class ApiErrorTests
{
    private static async Task<ActivepiecesApiException> FailWith(HttpResponseMessage response)
    {
        var handler = new FakeHttpHandler(_ => response);
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        return await Assert.ThrowsAsync<ActivepiecesApiException>(async () =>
        {
            // A list filter is sent as it is (org ids are checked where they name one org), so the query can hold anything.
            await foreach (var _ in client.Projects.ListAsync(new ProjectListFilter { ExternalId = "org?secret=1" }, TestContext.Current.CancellationToken))
            {
            }
        });
    }

    [Fact]
    public async Task Activepieces_error_shape_gives_code_and_params()
    {
        var error = await FailWith(FakeHttpHandler.Json(HttpStatusCode.Conflict, """{"code":"VALIDATION","params":{"message":"Invalid piece version"}}"""));
        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal("Invalid piece version", error.Params!.Value.GetProperty("message").GetString());
        Assert.Equal("Invalid piece version", error.ServerMessage);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/api/v1/projects", error.Path);
        Assert.Equal("Activepieces API GET /api/v1/projects failed with HTTP 409 (Conflict), code VALIDATION.", error.Message);
    }

    [Fact]
    public async Task Fastify_error_shape_gives_its_code_and_message()
    {
        var error = await FailWith(FakeHttpHandler.Json(HttpStatusCode.BadRequest,
            """{"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"querystring/limit must be number"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("FST_ERR_VALIDATION", error.Code);
        Assert.Equal("querystring/limit must be number", error.ServerMessage);
        Assert.Null(error.Params);
    }

    [Fact]
    public async Task Fastify_error_without_code_still_gives_status()
    {
        var error = await FailWith(FakeHttpHandler.Json(HttpStatusCode.InternalServerError, """{"statusCode":500,"error":"Internal Server Error","message":"boom"}"""));
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Null(error.Code);
        Assert.Equal("boom", error.ServerMessage);
    }

    [Fact]
    public async Task Non_json_body_still_gives_a_useful_exception()
    {
        var error = await FailWith(new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") });
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.Code);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
        Assert.Contains("/api/v1/projects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_has_no_query_and_no_key()
    {
        var error = await FailWith(FakeHttpHandler.Json(HttpStatusCode.Unauthorized, """{"code":"AUTHENTICATION","params":{"message":"invalid api key"}}"""));
        Assert.Equal("AUTHENTICATION", error.Code);
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestData.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_with_invalid_json_is_an_ActivepiecesApiException()
    {
        var error = await FailWith(FakeHttpHandler.Json("not json"));
        Assert.Contains("not a valid", error.Message, StringComparison.Ordinal);
    }
}
