using Activepieces.Provisioning;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Tests.Provisioning;

public sealed class EnsureCacheSweepTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    private static AppConnection Connection(string externalId) => new()
    {
        Id = "c_" + externalId,
        ExternalId = externalId,
        DisplayName = "Gelato",
        Type = "SECRET_TEXT",
        PieceName = "@activepieces/piece-gelato",
        Scope = "PLATFORM",
        Status = "ACTIVE",
    };

    private static void StoreOrgs(EnsureCache cache, FakeTimeProvider time, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var org = prefix + i;
            cache.Store(new EnsureKey(TestData.Gelato, org), new SecretTextValue("s"), Connection("gelato_" + org), time, Duration, cache.Generation);
        }
    }

    [Fact]
    public void Expired_entries_of_orgs_that_never_come_back_are_swept()
    {
        var time = new FakeTimeProvider();
        var cache = new EnsureCache();
        StoreOrgs(cache, time, "old_", 1000);
        Assert.Equal(1000, cache.Count);

        time.Advance(Duration + TimeSpan.FromSeconds(1));
        StoreOrgs(cache, time, "new_", 100); // the 1024th store sweeps the 1000 expired entries

        Assert.Equal(100, cache.Count);
        Assert.False(cache.TryGet(new EnsureKey(TestData.Gelato, "old_0"), new SecretTextValue("s"), time, Duration, out _));
        Assert.True(cache.TryGet(new EnsureKey(TestData.Gelato, "new_99"), new SecretTextValue("s"), time, Duration, out var hit));
        Assert.Equal("gelato_new_99", hit!.ExternalId);
    }

    [Fact]
    public void Live_entries_survive_a_sweep_and_the_next_sweep_waits_for_as_many_stores_as_were_kept()
    {
        var time = new FakeTimeProvider();
        var cache = new EnsureCache();
        StoreOrgs(cache, time, "live_", 3000); // sweeps at 1024 and 2048 find nothing expired
        Assert.Equal(3000, cache.Count);

        time.Advance(Duration + TimeSpan.FromSeconds(1));
        StoreOrgs(cache, time, "late_", 1000); // the last sweep (at store 2048) kept 2047: no sweep before 2047 more stores
        Assert.Equal(4000, cache.Count);
        StoreOrgs(cache, time, "later_", 1100); // the sweep comes at store 2047 after it and drops the 3000 expired ones
        Assert.Equal(2100, cache.Count);
    }
}
