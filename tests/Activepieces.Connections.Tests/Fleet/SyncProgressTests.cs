using Activepieces.Tests.Support;

namespace Activepieces.Tests.Fleet;

public sealed class SyncProgressTests
{
    private static readonly PredefinedConnectionDescriptor Gelato = TestData.Gelato;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Progress_reports_each_org_once_with_running_counts()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var client = h.Client;
        var reports = new List<SyncProgress>();
        var progress = new Recorder(p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });
        var items = Enumerable.Range(0, 40).Select(i => ("org_" + i, new SecretTextValue("v" + i))).ToArray();

        var result = await client.PredefinedConnections.SyncAsync(Gelato, items, new SyncOptions { MaxConcurrency = 3, Progress = progress }, Ct);
        var rerun = await client.PredefinedConnections.SyncAsync(Gelato, items.Take(5), new SyncOptions { Progress = progress }, Ct);

        Assert.Equal((40, 0), (result.Succeeded, result.Unchanged));
        Assert.Equal((0, 5), (rerun.Succeeded, rerun.Unchanged));
        Assert.Equal(45, reports.Count);
        Assert.Equal(Enumerable.Range(1, 40), reports.Take(40).Select(r => r.Completed).Order());
        Assert.Equal(items.Select(i => i.Item1).Order(), reports.Take(40).Select(r => r.ExternalProjectId).Order());
        Assert.All(reports.Take(40), r => Assert.Equal(SyncOutcome.Succeeded, r.Outcome));
        Assert.All(reports.Skip(40), r => Assert.Equal(SyncOutcome.Unchanged, r.Outcome));
        Assert.Equal(40, reports.Take(40).Max(r => r.Succeeded));
        Assert.Equal(5, reports.Skip(40).Max(r => r.Unchanged));
    }

    [Fact]
    public async Task A_progress_callback_that_throws_ends_the_sync_with_its_exception()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var client = h.Client;
        var progress = new Recorder(p =>
        {
            if (p.Completed == 3)
            {
                throw new InvalidOperationException("progress sink failed");
            }
        });
        var items = Enumerable.Range(0, 100).Select(i => ("org_" + i, new SecretTextValue("v")));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.PredefinedConnections.SyncAsync(Gelato, items, new SyncOptions { MaxConcurrency = 2, Progress = progress }, Ct));

        Assert.Equal("progress sink failed", e.Message);
        Assert.True(h.Emulator.Connections.Count < 100);
    }

    private sealed class Recorder(Action<SyncProgress> report) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => report(value);
    }
}
