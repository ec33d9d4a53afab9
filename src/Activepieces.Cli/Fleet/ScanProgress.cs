using System.Diagnostics;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Fleet;

/// <summary>
/// A periodic "still working" line on stderr during a long scan, only when stderr is the process's terminal (never in a
/// redirected or captured stream, so scripts and tests see only results).
/// </summary>
internal sealed class ScanProgress : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _ticking;

    private ScanProgress(TextWriter error, string what)
    {
        _ticking = TickAsync(error, what, _stop.Token);
    }

    /// <summary>Starts the line when stderr is a terminal; otherwise returns null.</summary>
    public static ScanProgress? StartIfTerminal(CliEnvironment environment, string what) =>
        ReferenceEquals(environment.Error, Console.Error) && !Console.IsErrorRedirected ? new ScanProgress(environment.Error, what) : null;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _ticking.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task TickAsync(TextWriter error, string what, CancellationToken stop)
    {
        var started = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                error.WriteLine($"{what}… {started.Elapsed.TotalSeconds:0} s");
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }
}
