using System.Net;
using Activepieces.Emulator.Faults;

namespace Activepieces.Connections.IntegrationTests.Runtime;

public sealed class ProjectsIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Project_lifecycle()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var projects = h.Client.Projects;
        Assert.Null(await projects.GetByExternalIdAsync("org_1", Ct));

        var created = await projects.CreateAsync(new CreateProjectRequest { DisplayName = "Acme", ExternalId = "org_1", Metadata = new Dictionary<string, string> { ["tier"] = "gold" } }, Ct);
        Assert.Equal("org_1", created.ExternalId);
        Assert.Equal("gold", created.Metadata!.Value.GetProperty("tier").GetString());
        Assert.Equal(created.Id, (await projects.GetByExternalIdAsync("org_1", Ct))?.Id);
        Assert.Equal(created.Id, (await projects.GetOrCreateAsync("org_1", cancellationToken: Ct)).Id);

        var updated = await projects.UpdateAsync(created.Id, new UpdateProjectRequest { DisplayName = "Acme Corp" }, Ct);
        Assert.Equal("Acme Corp", updated.DisplayName);

        await projects.DeleteAsync(created.Id, Ct);
        Assert.Null(await projects.GetByExternalIdAsync("org_1", Ct));
        Assert.DoesNotContain(h.Emulator.Projects, p => p.ExternalId == "org_1");
    }

    [Fact]
    public async Task List_pages_through_every_project()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var before = h.Emulator.Projects.Count;
        for (var i = 0; i < 7; i++)
        {
            h.Emulator.AddProject("P" + i, "ext_" + i);
        }

        var listed = new List<Project>();
        await foreach (var project in h.Client.Projects.ListAsync(new ProjectListFilter { PageSize = 2 }, Ct))
        {
            listed.Add(project);
        }

        Assert.Equal(before + 7, listed.Count);
        Assert.Equal(listed.Count, listed.Select(p => p.Id).Distinct().Count());
        Assert.True(h.Emulator.CountRequests("GET", "/api/v1/projects") >= 4);
    }

    [Fact]
    public async Task Concurrent_get_or_create_in_one_process_creates_once()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var creates = new FaultGate();
        h.Emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/projects", Fault.Hold(creates)));

        // Every call has started before the first create is answered: they can only share it or send their own.
        var calls = Enumerable.Range(0, 200).Select(_ => h.Client.Projects.GetOrCreateAsync("org_race", cancellationToken: Ct)).ToArray();
        await creates.WaitUntilHeldAsync(cancellationToken: Ct);
        creates.Release();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/projects"));
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Single(results.Select(p => p.Id).Distinct());
        Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_race");
    }

    [Fact]
    public async Task Concurrent_get_or_create_in_two_processes_converges_on_one_project()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var other = h.NewClient();
        // Each create is held until both have arrived: neither commits before the other process's lookup is answered, so
        // both lookups answer "not found" and both processes create, however late the second one starts. The loser gets
        // the server's 500 (unique index) and must read the winner's project back.
        var creates = new FaultGate();
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.Hold(creates), Fault.Hold(creates)));
        var both = Task.WhenAll(
            h.Client.Projects.GetOrCreateAsync("org_two", cancellationToken: Ct),
            other.Projects.GetOrCreateAsync("org_two", cancellationToken: Ct));
        await creates.WaitUntilHeldAsync(2, Ct);
        creates.Release();
        var results = await both;

        Assert.Equal(results[0].Id, results[1].Id);
        Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_two");
        Assert.Equal(2, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Contains(h.Emulator.RequestLog, r => r.Method == "POST" && r.StatusCode == 500);
        Assert.Equal(3, h.Emulator.CountRequests("GET", "/api/v1/projects")); // two lookups + the loser's read-back
    }

    [Fact]
    public async Task Create_whose_connection_dropped_after_commit_is_not_duplicated()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.DropConnectionAfterCommit));
        var project = await h.Client.Projects.GetOrCreateAsync("org_drop", cancellationToken: Ct);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Equal(project.Id, Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_drop").Id);
    }

    [Fact]
    public async Task Create_whose_connection_dropped_before_commit_is_retried_once_verified()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.DropConnection));
        var project = await h.Client.Projects.GetOrCreateAsync("org_drop2", cancellationToken: Ct);
        Assert.Equal(["GET", "POST", "GET", "POST"], h.Emulator.RequestLog.Select(r => r.Method)); // verified before the retry
        Assert.Equal(project.Id, Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_drop2").Id);
    }

    [Fact]
    public async Task Create_that_timed_out_is_verified_then_retried_without_duplicate()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var create = new FaultGate();
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.Hold(create)));
        using var http = new HttpClient();
        using var client = new ActivepiecesClient(http, new ActivepiecesOptions { InstanceUrl = h.Emulator.BaseUrl, ApiKey = h.Emulator.ApiKey });

        var pending = client.Projects.GetOrCreateAsync("org_slow", cancellationToken: Ct);
        await create.WaitUntilHeldAsync(cancellationToken: Ct);
        // What HttpClient.Timeout does when it expires: the pending create is cancelled, not by the caller's token, and
        // its answer is lost. The held create never commits (the gate stays closed).
        http.CancelPendingRequests();
        var project = await pending;

        Assert.Equal(project.Id, Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_slow").Id);
        Assert.Equal(2, h.Emulator.CountRequests("GET", "/api/v1/projects")); // initial lookup + verification
        Assert.Equal(201, Assert.Single(h.Emulator.RequestLog, r => r.Method == "POST" && r.StatusCode is not null).StatusCode);
    }

    [Fact]
    public async Task A_failing_lookup_throws_and_creates_nothing()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.Faults.Add(FaultRule.Always("GET", "/api/v1/projects", Fault.ServiceUnavailable));
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.Projects.GetOrCreateAsync("org_x", cancellationToken: Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(0, h.Emulator.CountRequests("POST", "/api/v1/projects"));
    }

    public static TheoryData<string> AwkwardExternalIds() => new()
    {
        "acme.com", "a.b-c_D", "...", "-_-", new string('x', ExternalProjectIdRule.MaxLength),
    };

    public static TheoryData<string> BadExternalIds() => new()
    {
        "a&b=c", "what?x=1", "frag#ment", "a/b", "100%", "with space", "ünïcødé-日本語-😀", new string('x', 1000),
    };

    [Theory]
    [MemberData(nameof(BadExternalIds))]
    public async Task External_ids_outside_the_org_id_rule_are_rejected_before_any_request(string externalId)
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.Projects.GetOrCreateAsync(externalId, cancellationToken: Ct));
        Assert.Empty(h.Emulator.RequestLog);
        Assert.Empty(h.Emulator.Projects);
    }

    [Theory]
    [MemberData(nameof(AwkwardExternalIds))]
    public async Task Awkward_external_ids_round_trip(string externalId)
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = await h.Client.Projects.GetOrCreateAsync(externalId, cancellationToken: Ct);
        Assert.Equal(externalId, project.ExternalId);
        Assert.Matches("^[^./]+$", project.DisplayName);
        Assert.Single(h.Emulator.Projects, p => p.ExternalId == externalId);
        using var other = h.NewClient();
        Assert.Equal(project.Id, (await other.Projects.GetByExternalIdAsync(externalId, Ct))?.Id);
    }
}
