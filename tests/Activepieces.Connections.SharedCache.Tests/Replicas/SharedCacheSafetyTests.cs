using System.Text;
using Activepieces.SharedCache.Tests.Support;

namespace Activepieces.SharedCache.Tests.Replicas;

/// <summary>What the shared cache never holds, and what it does when Redis goes away, an org is offboarded or a value is single-use.</summary>
public sealed class SharedCacheSafetyTests
{
    private const string Square = "@activepieces/piece-square";

    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static readonly PredefinedConnectionDescriptor SquareOAuth = new(Square, AuthType.CloudOAuth2, "square_", "Square");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_key_or_value_in_redis_holds_a_secret_a_code_or_the_api_key()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var first = new Replica(h, garnet.Configuration);
        await using var second = new Replica(h, garnet.Configuration);
        var secrets = new List<string> { h.Emulator.ApiKey, "square-code-Secret-81" };
        foreach (var replica in new[] { first, second })
        {
            for (var org = 0; org < 20; org++)
            {
                var secret = $"gk-scan-secret-{org}-Zz9";
                secrets.Add(secret);
                await replica.Client.PredefinedConnections.EnsureAsync(Gelato, "org_" + org, new SecretTextValue(secret), Ct);
            }

            await replica.Client.PredefinedConnections.EnsureAsync(SquareOAuth, "org_0", new CloudOAuth2Value("square-client", "square-code-Secret-81", "ITEMS_READ"), Ct);
        }

        var contents = await GarnetContents.ReadAllAsync(garnet);

        Assert.Contains(contents, e => e.Key.Contains("ensure:PLATFORM:@activepieces/piece-gelato:gelato_org_3:org_3", StringComparison.Ordinal));
        Assert.Contains(contents, e => e.Key.Contains("project:org_3", StringComparison.Ordinal));
        foreach (var (key, value) in contents)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, key, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, value, StringComparison.Ordinal);
                Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)), value, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Redis_stopped_mid_run_falls_back_to_the_server_with_one_warning()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var replica = new Replica(h, garnet.Configuration, o =>
        {
            // Long enough that a loaded machine's slow answer before the stop is not an outage of its own; after the
            // stop the first calls wait for it once, then the cache is skipped for the rest of the run.
            o.OperationTimeout = TimeSpan.FromSeconds(3);
            o.OutageRetryInterval = TimeSpan.FromHours(1);
        });
        for (var org = 0; org < 10; org++)
        {
            await replica.Client.PredefinedConnections.EnsureAsync(Gelato, "org_" + org, new SecretTextValue($"before-{org}"), Ct);
        }

        var warningsBefore = replica.Logs.GetSnapshot().Count(l => l.Id.Id == 20);
        garnet.Stop();
        h.Emulator.ResetRequestLog();
        for (var org = 0; org < 20; org++)
        {
            var connection = await replica.Client.PredefinedConnections.EnsureAsync(Gelato, "org_" + org, new SecretTextValue($"after-{org}"), Ct);
            Assert.Equal("gelato_org_" + org, connection.ExternalId);
        }

        // Known orgs: one upsert each (their project id is in L1); new orgs: lookup, create, upsert.
        Assert.Equal(10 + (10 * 3), h.Emulator.RequestCount);
        Assert.Equal(0, warningsBefore);
        Assert.Equal(1, replica.Logs.GetSnapshot().Count(l => l.Id.Id == 20));
        Assert.Equal("after-15", (await h.GetPieceSideValueAsync("gelato_org_15", h.ProjectIdOf("org_15")))?["secret_text"]?.GetValue<string>());
    }

    [Fact]
    public async Task An_l1_hit_with_the_shared_cache_on_never_asks_redis()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var replica = new Replica(h, garnet.Configuration);
        await replica.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", new SecretTextValue("l1-hit-secret"), Ct);

        // With Redis gone, a call that asked it would not complete synchronously and would log the outage.
        var warningsBefore = replica.Logs.GetSnapshot().Count(l => l.Id.Id == 20);
        garnet.Stop();
        h.Emulator.ResetRequestLog();
        var hit = replica.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", new SecretTextValue("l1-hit-secret"), Ct);

        Assert.True(hit.IsCompletedSuccessfully);
        Assert.Equal("gelato_org_1", (await hit).ExternalId);
        Assert.Equal(0, h.Emulator.RequestCount);
        Assert.DoesNotContain(replica.Logs.GetSnapshot(), l => l.Id.Id == 20);
    }

    [Fact]
    public async Task Offboarding_removes_the_orgs_entries_for_every_replicas_next_read()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var first = new Replica(h, garnet.Configuration);
        await using var second = new Replica(h, garnet.Configuration);
        var value = new SecretTextValue("offboard-secret-1");
        await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_2", value, Ct);
        await second.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);

        await second.Client.Projects.OffboardAsync("org_1", Ct);
        h.Emulator.ResetRequestLog();

        // HybridCache records the removal of the org's tag in L2, where every replica's next read checks it.
        var contents = await GarnetContents.ReadAllAsync(garnet);
        Assert.Contains(contents, e => e.Key.EndsWith("activepieces:org:org_1", StringComparison.Ordinal));
        Assert.DoesNotContain(contents, e => e.Key.EndsWith("activepieces:org:org_2", StringComparison.Ordinal));
        Assert.DoesNotContain(contents, e => e.Key.EndsWith("activepieces:project:org_1", StringComparison.Ordinal));

        // A replica that reads L2 finds neither org_1's project id nor its Ensure entry: it provisions the org afresh
        // (lookup, create, upsert). org_2 is untouched.
        await using var third = new Replica(h, garnet.Configuration);
        await third.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        Assert.Equal(3, h.Emulator.RequestCount);
        await third.Client.PredefinedConnections.EnsureAsync(Gelato, "org_2", value, Ct);
        Assert.Equal(3, h.Emulator.RequestCount);
    }

    [Fact]
    public async Task An_oauth_value_is_sent_once_across_replicas()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        var value = new CloudOAuth2Value("square-client", "single-use-code-Secret-5", "ITEMS_READ");
        await using (var first = new Replica(h, garnet.Configuration))
        {
            await first.Client.PredefinedConnections.EnsureAsync(SquareOAuth, "org_1", value, Ct);
        }

        await using var second = new Replica(h, garnet.Configuration);
        await using var third = new Replica(h, garnet.Configuration);
        await second.Client.PredefinedConnections.EnsureAsync(SquareOAuth, "org_1", new CloudOAuth2Value("square-client", "single-use-code-Secret-5", "ITEMS_READ"), Ct);
        await third.Client.PredefinedConnections.EnsureAsync(SquareOAuth, "org_1", value, Ct);

        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Equal(3, h.Emulator.RequestCount);
    }
}
