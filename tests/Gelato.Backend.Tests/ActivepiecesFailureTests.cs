using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Activepieces.Emulator.Faults;

namespace Gelato.Backend.Tests;

/// <summary>
/// The sample's 502 paths: Activepieces answers an error, or the connection to it breaks. The answer is a problem
/// naming the failed call, without the API key or the org's credentials.
/// </summary>
public sealed class ActivepiecesFailureTests(EmulatorBackedSampleFixture fixture) : IClassFixture<EmulatorBackedSampleFixture>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = fixture.Backend.BackendUrl };

    public void Dispose()
    {
        fixture.Emulator.Faults.Clear();
        _http.Dispose();
    }

    [Fact]
    public async Task An_error_answer_of_Activepieces_is_a_502_problem_naming_the_call()
    {
        // Project creation is never retried blindly: the client verifies, tries again, and gives up with the server's error.
        fixture.Emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/projects", Fault.InternalServerError));

        var problem = await MintAsync(HttpStatusCode.BadGateway);

        Assert.Equal("Activepieces rejected the request.", problem.GetProperty("title").GetString());
        Assert.Equal("POST /api/v1/projects answered 500 .", problem.GetProperty("detail").GetString());
        Assert.Equal(3, fixture.Emulator.RequestLog.Count(r => r.Method == "POST" && r.Path == "/api/v1/projects" && r.StatusCode == 500));
        Assert.Empty(fixture.Emulator.Connections);
    }

    [Fact]
    public async Task A_broken_connection_to_Activepieces_is_a_502_problem()
    {
        fixture.Emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/projects", Fault.DropConnection));

        var problem = await MintAsync(HttpStatusCode.BadGateway);

        Assert.Equal("Activepieces is unreachable.", problem.GetProperty("title").GetString());
        Assert.Empty(fixture.Emulator.Projects);
    }

    private async Task<JsonElement> MintAsync(HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await _http.PostAsJsonAsync("/embed-token", new { orgId = "org_1234", userId = "u1", firstName = "Ada", lastName = "L" }, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(fixture.Emulator.ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-gelato-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Backend.Output, line => line.Contains(fixture.Emulator.ApiKey, StringComparison.Ordinal) || line.Contains("demo-gelato-key", StringComparison.Ordinal));
        using var problem = JsonDocument.Parse(text);
        return problem.RootElement.Clone();
    }
}
