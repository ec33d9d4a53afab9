using Activepieces.Provisioning;

namespace Activepieces.Tests.Provisioning;

public sealed class SingleFlightTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_callers_share_one_run()
    {
        var flight = new SingleFlight<string, int>();
        var runs = 0;
        var gate = new TaskCompletionSource();
        var callers = Enumerable.Range(0, 50).Select(_ => flight.RunAsync("k", 0, async (_, _) =>
        {
            Interlocked.Increment(ref runs);
            await gate.Task;
            return 42;
        }, Ct)).ToArray();
        gate.SetResult();
        Assert.All(await Task.WhenAll(callers), r => Assert.Equal(42, r));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Failures_reach_every_caller_and_the_next_call_runs_again()
    {
        var flight = new SingleFlight<string, int>();
        var gate = new TaskCompletionSource();
        var runs = 0;
        Func<int, CancellationToken, Task<int>> failing = async (_, _) =>
        {
            Interlocked.Increment(ref runs);
            await gate.Task;
            throw new InvalidOperationException("boom");
        };
        var a = flight.RunAsync("k", 0, failing, Ct);
        var b = flight.RunAsync("k", 0, failing, Ct);
        gate.SetResult();
        await Assert.ThrowsAsync<InvalidOperationException>(() => a);
        await Assert.ThrowsAsync<InvalidOperationException>(() => b);
        Assert.Equal(1, runs);
        Assert.Equal(7, await flight.RunAsync("k", 0, (_, _) => Task.FromResult(7), Ct));
    }

    [Fact]
    public async Task When_the_starting_caller_cancels_the_others_start_over()
    {
        var flight = new SingleFlight<string, int>();
        using var ownerCancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var started = new TaskCompletionSource();
        var runs = 0;
        Func<int, CancellationToken, Task<int>> operation = async (_, token) =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, token);
            }

            return 5;
        };
        var owner = flight.RunAsync("k", 0, operation, ownerCancel.Token);
        await started.Task;
        var joiner = flight.RunAsync("k", 0, operation, Ct);
        await ownerCancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => owner);
        Assert.Equal(5, await joiner);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task A_joiner_can_stop_waiting_without_cancelling_the_run()
    {
        var flight = new SingleFlight<string, int>();
        var gate = new TaskCompletionSource();
        using var joinerCancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var owner = flight.RunAsync("k", 0, async (_, _) => { await gate.Task; return 1; }, Ct);
        var joiner = flight.RunAsync("k", 0, (_, _) => Task.FromResult(2), joinerCancel.Token);
        await joinerCancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => joiner);
        gate.SetResult();
        Assert.Equal(1, await owner);
    }
}
