namespace Activepieces.Tests.Provisioning;

public sealed class EnsureCacheAllocationTests
{
    private const int Calls = 10_000;

#pragma warning disable xUnit1031 // .Result of a ValueTask asserted to be already completed: no blocking; awaiting would add state-machine noise.
    [Fact]
    public async Task A_cache_hit_completes_synchronously_without_allocating_per_call()
    {
        await using var h = await EmulatorHarness.StartAsync(TestContext.Current.CancellationToken);
        var api = h.Client.PredefinedConnections;
        var mysql = new PredefinedConnectionDescriptor(TestPieceFiles.MySql, AuthType.CustomAuth, "mysql_", "MySQL");
        var value = new CustomAuthValue(("host", "db"), ("port", 3306), ("user", "u"), ("password", "p"));
        var equal = new CustomAuthValue(("host", "db"), ("port", 3306), ("user", "u"), ("password", "p"));
        var ct = TestContext.Current.CancellationToken;
        var first = await api.EnsureAsync(mysql, "org_1", value, ct);
        h.Emulator.ResetRequestLog();

        var before = GC.GetAllocatedBytesForCurrentThread();
        AppConnection? last = null;
        for (var i = 0; i < Calls; i++)
        {
            var pending = api.EnsureAsync(mysql, "org_1", equal, ct);
            Assert.True(pending.IsCompletedSuccessfully);
            last = pending.Result;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The smallest object is 24 bytes: any allocation per call would show as at least 24 bytes per call. What JIT
        // tiering (on-stack replacement, the tier-1 switch) or type loading allocates once stays far below one byte per
        // call, so the check does not depend on when the runtime recompiles the loop. The exact 0 B is measured by the
        // Ensure benchmark (benchmarks/Activepieces.Benchmarks/Ensure).
        Assert.True(allocated < Calls, $"{allocated} bytes in {Calls} cache hits ({(double)allocated / Calls:F2} B per hit)");
        Assert.Same(first, last);
        Assert.Empty(h.Emulator.RequestLog);
    }
#pragma warning restore xUnit1031
}
