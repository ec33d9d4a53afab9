using System.Net;
using Activepieces.Emulator.Validation;

namespace Activepieces.Emulator.Tests.Http;

public sealed class AuthenticationAndValidationTests
{
    [Fact]
    public async Task A_wrong_api_key_answers_401_AUTHENTICATION()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator, apiKey: ApiKeyFormat.Generate());

        var answer = await api.GetAsync("/api/v1/global-connections");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("""{"code":"AUTHENTICATION","params":{"message":"invalid api key"}}""", answer.Text);
    }

    [Fact]
    public async Task No_credentials_answer_403_AUTHORIZATION()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("""{"code":"AUTHORIZATION","params":{"message":"principal is not allowed for this route"}}""", answer.Text);
    }

    [Fact]
    public async Task A_bearer_token_that_is_not_an_api_key_answers_401_INVALID_BEARER_TOKEN()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator, apiKey: "eyJhbGciOiJIUzI1NiJ9.e30.x");

        var answer = await api.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("INVALID_BEARER_TOKEN", answer.String("code"));
    }

    [Fact]
    public async Task The_right_api_key_is_accepted()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"data":[],"next":null,"previous":null}""", answer.Text);
    }

    [Fact]
    public async Task A_body_the_schema_rejects_answers_400_even_without_credentials_because_validation_runs_before_auth()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        // An array is rejected by every object schema (also by the RequestSchemas stub).
        var answer = await api.PostRawAsync("/api/v1/global-connections", "[1,2]");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(400, answer.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal("FST_ERR_VALIDATION", answer.String("code"));
        Assert.Equal("Bad Request", answer.String("error"));
        Assert.Equal(RequestSchemas.ValidateUpsertGlobalConnection(System.Text.Json.JsonDocument.Parse("[1,2]").RootElement), answer.String("message"));
        Assert.Empty(emulator.Connections);
    }

    [Fact]
    public async Task Malformed_json_answers_400_in_the_Fastify_shape_before_auth()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.PostRawAsync("/api/v1/projects", "{\"displayName\":");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(400, answer.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal("Bad Request", answer.String("error"));
        Assert.StartsWith("FST_ERR_", answer.String("code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_body_with_a_wrong_key_answers_401_not_400()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator, apiKey: ApiKeyFormat.Generate());

        var answer = await api.PostAsync("/api/v1/global-connections", EmulatorApi.GlobalSecretText("x", []));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Empty(emulator.Connections);
    }

    [Theory]
    [InlineData("GET", "/api/v1/flows")]
    [InlineData("PUT", "/api/v1/global-connections")]
    [InlineData("GET", "/v1/global-connections")]
    public async Task An_unknown_route_answers_404_Route_not_found(string method, string path)
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.SendAsync(new HttpMethod(method), path, null);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("""{"statusCode":404,"error":"Not Found","message":"Route not found"}""", answer.Text);
    }

    [Fact]
    public async Task A_non_ApId_connection_id_answers_400()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.DeleteAsync("/api/v1/global-connections/not-an-id");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("FST_ERR_VALIDATION", answer.String("code"));
    }

    [Fact]
    public async Task Starting_with_a_malformed_api_key_fails_with_a_message_that_does_not_echo_the_key()
    {
        var options = new ActivepiecesEmulatorOptions { ApiKey = "sk-tooshort-secretish" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ActivepiecesEmulator.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("61 characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secretish", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_api_key_has_the_real_format_and_differs_per_emulator()
    {
        await using var first = await TestPieces.StartAsync();
        await using var second = await TestPieces.StartAsync();

        Assert.Matches("^sk-[0-9A-Za-z]{61}$", first.ApiKey);
        Assert.NotEqual(first.ApiKey, second.ApiKey);
    }

    [Fact]
    public async Task An_empty_json_body_and_a_body_without_content_type_are_refused_like_Fastify()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var empty = new StringContent(string.Empty);
        empty.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var untyped = new ByteArrayContent("{}"u8.ToArray());

        using var emptyAnswer = await http.PostAsync("api/v1/projects", empty, TestContext.Current.CancellationToken);
        using var untypedAnswer = await http.PostAsync("api/v1/projects", untyped, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, emptyAnswer.StatusCode);
        Assert.Contains("FST_ERR_CTP_EMPTY_JSON_BODY", await emptyAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, untypedAnswer.StatusCode);
        Assert.Contains("FST_ERR_CTP_INVALID_MEDIA_TYPE", await untypedAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
