using System.Net;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Faults;

namespace Activepieces.Emulator.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task A_scripted_sequence_fails_the_first_requests_in_order_and_then_passes()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections",
            Fault.ServiceUnavailable, Fault.TooManyRequests(TimeSpan.FromSeconds(2)), Fault.BadGateway, Fault.Pass, Fault.InternalServerError));

        var statuses = new List<HttpStatusCode>();
        ApiAnswer? throttled = null;
        for (var i = 0; i < 6; i++)
        {
            var answer = await api.UpsertGlobalAsync($"c{i}", []);
            statuses.Add(answer.Status);
            throttled = i == 1 ? answer : throttled;
        }

        Assert.Equal(
            [HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway, HttpStatusCode.Created, HttpStatusCode.InternalServerError, HttpStatusCode.Created],
            statuses);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled!.RetryAfter!.Delta);
        Assert.Equal(["c3", "c5"], emulator.Connections.Select(connection => connection.ExternalId));
    }

    [Fact]
    public async Task A_rule_only_applies_to_its_method_and_path_pattern()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        emulator.Faults.Add(FaultRule.Always("DELETE", "/api/v1/projects/*", Fault.ServiceUnavailable));

        var created = await api.CreateProjectAsync();
        var fetched = await api.GetAsync($"/api/v1/projects/{created}");
        var deleted = await api.DeleteAsync($"/api/v1/projects/{created}");

        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, deleted.Status);
        Assert.Single(emulator.Projects);
    }

    [Fact]
    public async Task A_dropped_connection_gives_the_client_no_response_and_changes_no_state()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.DropConnection));

        await Assert.ThrowsAsync<HttpRequestException>(() => api.CreateProjectAsync("A", "acme"));

        Assert.Empty(emulator.Projects);
        var entry = Assert.Single(emulator.RequestLog);
        Assert.Null(entry.StatusCode);
        Assert.Equal(FaultKind.DropConnection, entry.Fault);
    }

    [Fact]
    public async Task Fail_after_commit_applies_the_change_then_drops_the_connection_so_a_GET_finds_it()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.DropConnectionAfterCommit));

        await Assert.ThrowsAsync<HttpRequestException>(() => api.CreateProjectAsync("A", "acme"));
        var lookup = await api.GetAsync("/api/v1/projects?externalId=acme");

        Assert.Single(lookup.Data);
        var entry = emulator.RequestLog[0];
        Assert.Null(entry.StatusCode);
        Assert.Equal(201, entry.HandledStatusCode);
    }

    [Fact]
    public async Task Probabilistic_faults_are_deterministic_under_a_seed()
    {
        async Task<string> RunAsync(int seed)
        {
            var options = TestPieces.Options();
            options.FaultSeed = seed;
            options.Faults.Add(FaultRule.WithProbability("GET", "/api/**", 0.5, Fault.InternalServerError));
            await using var emulator = await TestPieces.StartAsync(options);
            using var api = new EmulatorApi(emulator);
            var outcome = new System.Text.StringBuilder();
            for (var i = 0; i < 40; i++)
            {
                outcome.Append((await api.GetAsync("/api/v1/projects")).Status == HttpStatusCode.OK ? '.' : 'X');
            }

            return outcome.ToString();
        }

        var first = await RunAsync(seed: 7);
        var again = await RunAsync(seed: 7);
        var other = await RunAsync(seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Contains("X", first, StringComparison.Ordinal);
        Assert.Contains(".", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clear_removes_every_rule()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        emulator.Faults.Add(FaultRule.Always("*", "/**", Fault.ServiceUnavailable));

        var failing = await api.GetAsync("/api/v1/projects");
        emulator.Faults.Clear();
        var passing = await api.GetAsync("/api/v1/projects");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.Status);
        Assert.Equal(HttpStatusCode.OK, passing.Status);
        Assert.Empty(emulator.Faults.Rules);
    }

    [Fact]
    public async Task Added_latency_delays_the_answer_by_the_emulator_clock()
    {
        var latency = TimeSpan.FromMinutes(5);
        var time = new TimerObservingTimeProvider(latency);
        var options = TestPieces.Options();
        options.TimeProvider = time;
        options.Faults.Add(FaultRule.Always("GET", "/api/v1/projects", Fault.Delay(latency)));
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var pending = api.GetAsync("/api/v1/projects");
        await time.TimerCreated.WaitAsync(TestContext.Current.CancellationToken);

        // Only the fake clock can end the wait: one tick short of the latency the request is still pending.
        time.Advance(latency - TimeSpan.FromTicks(1));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));

        Assert.Equal(HttpStatusCode.OK, (await pending).Status);
    }
}
