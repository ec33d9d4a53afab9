using System.Net;
using Activepieces.Emulator.Faults;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Tests.Client;

public sealed class DependencyInjectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider Build(EmulatorHarness h, TimeProvider? timeProvider = null, FakeLogger<ActivepiecesClient>? logger = null)
    {
        var services = new ServiceCollection();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        if (logger is not null)
        {
            services.AddSingleton<ILogger<ActivepiecesClient>>(logger);
        }

        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = h.Emulator.BaseUrl;
            o.ApiKey = h.Emulator.ApiKey;
        });
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Each call of the recommended setup, the route it uses, and whether a transient fault is retried.</summary>
    public static TheoryData<string, string, string, bool> Calls() => new()
    {
        { "get project", "GET", "/api/v1/projects", true },
        { "update project", "POST", "/api/v1/projects/*", true },
        { "delete project", "DELETE", "/api/v1/projects/*", true },
        { "upsert global connection", "POST", "/api/v1/global-connections", true },
        { "list global connections", "GET", "/api/v1/global-connections", true },
        { "delete global connection", "DELETE", "/api/v1/global-connections/*", true },
        { "upsert app connection", "POST", "/api/v1/app-connections", true },
        { "create project", "POST", "/api/v1/projects", false },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Transient_faults_are_retried_only_for_requests_that_are_safe_to_repeat(string call, string method, string route, bool retried)
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = h.Emulator.AddProject("Acme", "org_1");
        var global = await h.Client.GlobalConnections.UpsertAsync(Upsert("gelato_org_1", project.Id), Ct);
        h.Emulator.ResetRequestLog();
        h.Emulator.Faults.Add(FaultRule.Sequenced(method, route, Fault.ServiceUnavailable));
        await using var provider = Build(h);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        Task Run() => call switch
        {
            "get project" => client.Projects.GetByExternalIdAsync("org_1", Ct),
            "update project" => client.Projects.UpdateAsync(project.Id, new UpdateProjectRequest { DisplayName = "Renamed" }, Ct),
            "delete project" => client.Projects.DeleteAsync(project.Id, Ct),
            "upsert global connection" => client.GlobalConnections.UpsertAsync(Upsert("gelato_org_1", project.Id), Ct),
            "list global connections" => client.GlobalConnections.ListAsync(null, Ct).ToArrayAsync(Ct).AsTask(),
            "delete global connection" => client.GlobalConnections.DeleteAsync(global.Id, Ct),
            "upsert app connection" => client.AppConnections.UpsertAsync(
                new AppConnectionUpsertRequest { ProjectId = project.Id, ExternalId = "app_org_1", DisplayName = "Gelato", PieceName = TestPieceFiles.Gelato, Value = new SecretTextValue("s") },
                Ct),
            "create project" => client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "Beta", ExternalId = "org_2" }, Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
        };

        if (retried)
        {
            await Run();
            Assert.Equal([503, 200], h.Emulator.RequestLog.Select(r => r.StatusCode is 201 or 204 ? 200 : r.StatusCode ?? 0));
            Assert.Equal(h.Emulator.RequestLog[0].RequestBody, h.Emulator.RequestLog[1].RequestBody);
        }
        else
        {
            var error = await Assert.ThrowsAsync<ActivepiecesApiException>(Run);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal(503, Assert.Single(h.Emulator.RequestLog).StatusCode);
        }
    }

    [Fact]
    public async Task A_create_cut_by_the_attempt_timeout_is_verified_then_retried_without_duplicate()
    {
        var time = new FakeTimeProvider();
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var create = new FaultGate();
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.Hold(create)));
        var logger = new FakeLogger<ActivepiecesClient>();
        await using var provider = Build(h, time, logger);
        var client = provider.GetRequiredService<ActivepiecesClient>();
        var attemptTimeout = new HttpStandardResilienceOptions().AttemptTimeout.Timeout; // the recommended setup keeps the default

        var pending = client.Projects.GetOrCreateAsync("org_slow", cancellationToken: Ct);
        await create.WaitUntilHeldAsync(cancellationToken: Ct);
        // The held create never commits; on the resilience handler's clock its attempt times out (Polly's
        // TimeoutRejectedException). A create is never retried by the handler: the client reads back, then creates again.
        time.Advance(attemptTimeout + TimeSpan.FromSeconds(1));
        var project = await pending;

        Assert.Equal(project.Id, Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_slow").Id);
        Assert.Equal(2, h.Emulator.CountRequests("GET", "/api/v1/projects")); // initial lookup + verification
        Assert.Equal(201, Assert.Single(h.Emulator.RequestLog, r => r.Method == "POST" && r.StatusCode is not null).StatusCode);
        Assert.Contains(logger.Collector.GetSnapshot(), l => l.Message.Contains("TimeoutRejectedException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typed_clients_share_the_project_cache()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        await using var provider = Build(h);
        await provider.GetRequiredService<ActivepiecesClient>().PredefinedConnections
            .EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        h.Emulator.ResetRequestLog();
        await provider.GetRequiredService<ActivepiecesClient>().PredefinedConnections
            .EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Empty(h.Emulator.RequestLog);
        await provider.GetRequiredService<ActivepiecesClient>().PredefinedConnections
            .EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("changed"), Ct);
        var upsert = Assert.Single(h.Emulator.RequestLog);
        Assert.Equal(("POST", "/api/v1/global-connections"), (upsert.Method, upsert.Path));
    }

    private static GlobalConnectionUpsertRequest Upsert(string externalId, string projectId) => new()
    {
        ExternalId = externalId,
        DisplayName = "Gelato",
        PieceName = TestPieceFiles.Gelato,
        ProjectIds = [projectId],
        Value = new SecretTextValue("s"),
    };

    [Fact]
    public void Invalid_options_fail_validation_with_the_field_name()
    {
        var services = new ServiceCollection();
        services.AddActivepieces(o => o.ApiKey = "not-a-key");
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ActivepiecesOptions>>().Value);
        Assert.Contains("InstanceUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_validated_on_start()
    {
        var services = new ServiceCollection();
        services.AddActivepieces(o => o.InstanceUrl = TestData.InstanceUrl);
        using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<IStartupValidator>();
        var error = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("ApiKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Activepieces:InstanceUrl"] = "https://ap.example.test",
            ["Activepieces:ApiKey"] = TestData.ApiKey,
            ["Activepieces:EnsureCacheDuration"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection();
        services.AddActivepieces(configuration.GetSection("Activepieces"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ActivepiecesOptions>>().Value;
        Assert.Equal(new Uri("https://ap.example.test"), options.InstanceUrl);
        Assert.Equal(TimeSpan.FromSeconds(30), options.EnsureCacheDuration);
        Assert.NotNull(provider.GetRequiredService<ActivepiecesClient>());
    }
}
