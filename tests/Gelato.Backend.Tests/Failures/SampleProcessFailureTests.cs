using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Activepieces.Emulator.Faults;
using Gelato.Backend.Tests.Infrastructure;

namespace Gelato.Backend.Tests.Failures;

/// <summary>
/// The running sample process when Activepieces fails: an outage or a 5xx is a 503 with <c>Retry-After</c>, an error
/// that retrying cannot fix is a 502. Each answer is a problem naming the failed call, without the API key or the org's
/// credentials, and the process logs neither. No test here lets a mint succeed: the sample caches what it provisioned,
/// so a success would hide the faults of the tests after it.
/// </summary>
public sealed class SampleProcessFailureTests(EmulatorBackedSampleFixture fixture) : IClassFixture<EmulatorBackedSampleFixture>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = fixture.Backend.BackendUrl };

    public void Dispose()
    {
        fixture.Emulator.Faults.Clear();
        fixture.Emulator.GlobalConnectionsEnabled = true;
        _http.Dispose();
    }

    [Fact]
    public async Task A_5xx_answer_of_Activepieces_is_a_503_problem_naming_the_call()
    {
        fixture.Emulator.Faults.Add(FaultRule.Always("*", "/api/v1/**", Fault.InternalServerError));

        var (problem, response) = await MintAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Activepieces is unavailable; try again later.", problem.GetProperty("title").GetString());
        Assert.Contains("/api/v1/projects answered 500", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(fixture.Emulator.Connections);
    }

    [Fact]
    public async Task A_broken_connection_to_Activepieces_is_a_503_problem()
    {
        fixture.Emulator.Faults.Add(FaultRule.Always("*", "/api/v1/**", Fault.DropConnection));

        var (problem, response) = await MintAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Activepieces is unavailable; try again later.", problem.GetProperty("title").GetString());
        Assert.Contains("got no answer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task An_error_that_retrying_cannot_fix_is_a_502_problem_naming_the_call()
    {
        // A plan without global connections answers 402 FEATURE_DISABLED on the global routes.
        fixture.Emulator.GlobalConnectionsEnabled = false;

        var (problem, response) = await MintAsync(HttpStatusCode.BadGateway);

        Assert.Equal("Activepieces rejected the request.", problem.GetProperty("title").GetString());
        Assert.Contains("answered 402 FEATURE_DISABLED", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(response.Headers.RetryAfter);
    }

    private async Task<(JsonElement Problem, HttpResponseMessage Response)> MintAsync(HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await _http.PostAsJsonAsync("/embed-token", new { orgId = "org_1234", userId = "u1", firstName = "Ada", lastName = "L" }, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(fixture.Emulator.ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-gelato-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Backend.Output, line => line.Contains(fixture.Emulator.ApiKey, StringComparison.Ordinal) || line.Contains("demo-gelato-key", StringComparison.Ordinal));
        using var problem = JsonDocument.Parse(text);
        return (problem.RootElement.Clone(), response);
    }
}
