using System.Net;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Activepieces.Tests;

public sealed class DependencyInjectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider Build(FakeHttpHandler handler, Action<ActivepiecesOptions>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = TestData.InstanceUrl;
            o.ApiKey = TestData.ApiKey;
            configure?.Invoke(o);
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => handler);
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
        });
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Unavailable() =>
        FakeHttpHandler.Json(HttpStatusCode.ServiceUnavailable, """{"statusCode":503,"error":"Service Unavailable","message":"down"}""");

    [Fact]
    public async Task Gets_are_retried_on_transient_faults()
    {
        var calls = 0;
        var handler = new FakeHttpHandler(_ => Interlocked.Increment(ref calls) < 3 ? Unavailable() : FakeHttpHandler.Json(TestData.Page()));
        await using var provider = Build(handler);
        var client = provider.GetRequiredService<IActivepiecesClient>();
        Assert.Null(await client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Global_connection_upserts_are_retried_on_transient_faults()
    {
        var calls = 0;
        var handler = new FakeHttpHandler(_ => Interlocked.Increment(ref calls) == 1
            ? Unavailable()
            : FakeHttpHandler.Json(HttpStatusCode.Created, TestData.ConnectionJson("c1", "gelato_org_1", "p1")));
        await using var provider = Build(handler);
        var client = provider.GetRequiredService<IActivepiecesClient>();
        var connection = await client.GlobalConnections.UpsertAsync(
            new GlobalConnectionUpsertRequest
            {
                ExternalId = "gelato_org_1",
                DisplayName = "Gelato",
                PieceName = "@activepieces/piece-gelato",
                ProjectIds = ["p1"],
                Value = new SecretTextValue("s"),
            },
            Ct);
        Assert.Equal("c1", connection.Id);
        Assert.Equal(2, calls);
        Assert.Equal(handler.Requests.First().Body, handler.Requests.Last().Body);
    }

    [Fact]
    public async Task Project_creation_is_not_retried_blindly()
    {
        var handler = new FakeHttpHandler(_ => Unavailable());
        await using var provider = Build(handler);
        var client = provider.GetRequiredService<IActivepiecesClient>();
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "Acme", ExternalId = "org_1" }, Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Typed_clients_share_the_project_cache()
    {
        var server = new MiniActivepieces();
        await using var provider = Build(server.Handler);
        await provider.GetRequiredService<IActivepiecesClient>().PredefinedConnections
            .EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        var count = server.Handler.Requests.Count;
        await provider.GetRequiredService<IActivepiecesClient>().PredefinedConnections
            .EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(count, server.Handler.Requests.Count);
        await provider.GetRequiredService<IActivepiecesClient>().PredefinedConnections
            .EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("changed"), Ct);
        Assert.Equal("POST /api/v1/global-connections", Assert.Single(server.Handler.Requests.Skip(count)).ToString());
    }

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
        Assert.NotNull(provider.GetRequiredService<IActivepiecesClient>());
    }
}
