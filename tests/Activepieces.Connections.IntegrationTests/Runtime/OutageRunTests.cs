using System.Collections.Concurrent;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Inspection;
using Activepieces.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>
/// The outage run: the server answers every request 503 for <see cref="Outage"/> while <see cref="Callers"/> callers of
/// one backend (one DI container, the production pipeline) each make a call per second; then the server recovers. The
/// circuit opens, answers at once while open (no request, no fake time, the rest of the break as <c>Retry-After</c>),
/// keeps the requests during the outage below <see cref="StormBound"/>, and the first call after the outage succeeds
/// within the break plus 1 s. Everything runs on a <see cref="VirtualClock"/>; the figures go to
/// <c>artifacts/test-reports/resilience-chaos.txt</c>.
/// </summary>
public sealed class OutageRunTests
{
    private const int Callers = 64;

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Pacing = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The requests that may reach a failing server: the callers' first attempts, all in flight before the first failure
    /// is counted (at most <see cref="Callers"/>; the circuit needs <see cref="ActivepiecesResilience.MinimumThroughput"/>
    /// of them to open), then one probe at the end of each break (⌈30 s / 10 s⌉ = 3), plus one probe that may race the
    /// server's recovery. Without the circuit the callers would send 30 calls × 64 callers × 4 attempts = 7,680.
    /// </summary>
    private static readonly int StormBound =
        Math.Max(Callers, ActivepiecesResilience.MinimumThroughput) + (int)Math.Ceiling(Outage / ActivepiecesResilience.BreakDuration) + 1;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_outage_opens_the_circuit_which_answers_at_once_sends_no_storm_and_recovers_within_the_break_plus_1_s()
    {
        var options = EmulatorHarness.DefaultOptions();
        options.Faults.Add(FaultRule.Always("*", "/api/v1/**", Fault.ServiceUnavailable));
        await using var emulator = await ActivepiecesEmulator.StartAsync(options, Ct);
        var clock = new VirtualClock();
        var attempts = new ConcurrentQueue<(DateTimeOffset At, bool Failed)>();
        var current = new AsyncLocal<Call?>();
        await using var replica = new ChaosReplica(emulator, clock, (_, builder) =>
            builder.AddHttpMessageHandler(() => new AttemptRecorder(clock, attempts, current)));
        var client = replica.Client;
        var start = clock.GetUtcNow();
        var outageEnd = start + Outage;
        var calls = new ConcurrentQueue<Call>();

        var workers = new List<Task>
        {
            clock.Run(async () =>
            {
                await Task.Delay(Outage, clock, Ct);
                emulator.Faults.Clear();
            }),
        };
        for (var caller = 0; caller < Callers; caller++)
        {
            var orgId = "org_" + caller;
            workers.Add(clock.Run(async () =>
            {
                for (var n = 0; n < 200; n++)
                {
                    var call = new Call(clock.GetUtcNow());
                    current.Value = call;
                    try
                    {
                        await client.Projects.GetByExternalIdAsync(orgId, Ct);
                        call.End(clock.GetUtcNow(), null);
                    }
                    catch (ActivepiecesException e)
                    {
                        call.End(clock.GetUtcNow(), e);
                    }

                    current.Value = null;
                    calls.Enqueue(call);
                    if (call.Failure is null && call.Started >= outageEnd)
                    {
                        return;
                    }

                    await Task.Delay(Pacing, clock, Ct);
                }
            }));
        }

        await clock.DriveAsync(workers, Ct);

        var faulted = emulator.RequestLog.Count(r => r.Fault != FaultKind.None);
        var broken = calls.Where(c => c.Failure is ActivepiecesUnavailableException { Reason: ActivepiecesUnavailableReason.CircuitBroken }).ToList();
        var refusedAtOnce = broken.Where(c => c.Attempts == 0).ToList();
        var firstSuccess = calls.Where(c => c.Failure is null).Min(c => c.Ended);
        var breakEnds = refusedAtOnce.Select(c => c.Started + c.Failure!.RetryAfter!.Value).Distinct().Order().ToList();

        TestReportFile.Write(
            "resilience-chaos",
            $"Resilience outage run: {Callers} callers × 1 call/s, the server failing everything for {Outage.TotalSeconds:0} s (break {ActivepiecesResilience.BreakDuration.TotalSeconds:0} s, "
                + $"opens at ≥{ActivepiecesResilience.FailureRatio * 100:0}% of ≥{ActivepiecesResilience.MinimumThroughput} attempts in {ActivepiecesResilience.SamplingDuration.TotalSeconds:0} s)",
            $"  requests reaching the failing server: {faulted} (bound {StormBound}; without a circuit 7680); calls: {calls.Count}, {broken.Count} refused by the open circuit ({refusedAtOnce.Count} before any request, in 0 s of fake time)",
            $"  breaks ending at +{string.Join(", +", breakEnds.Select(e => (e - start).TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)))} s; "
                + $"recovery: first success {(firstSuccess - outageEnd).TotalSeconds:0.##} s after the outage ended (bound {(ActivepiecesResilience.BreakDuration + TimeSpan.FromSeconds(1)).TotalSeconds:0} s)");

        // The circuit opened, and no retry storm reached the failing server.
        Assert.NotEmpty(refusedAtOnce);
        Assert.True(faulted <= StormBound, $"{faulted} requests reached the failing server (bound {StormBound}).");
        Assert.True(faulted >= ActivepiecesResilience.MinimumThroughput, $"the circuit opened after only {faulted} failed requests");

        // While open: no request, no time, and the rest of the break as Retry-After. Every refusal of one break names the
        // same end, which is exactly one break after a failed attempt (the one that opened the circuit).
        Assert.All(refusedAtOnce, c =>
        {
            Assert.Equal(c.Started, c.Ended);
            Assert.InRange(c.Failure!.RetryAfter!.Value, TimeSpan.FromTicks(1), ActivepiecesResilience.BreakDuration);
        });
        var failedAttemptTimes = attempts.Where(a => a.Failed).Select(a => a.At).ToHashSet();
        Assert.All(breakEnds, end => Assert.Contains(end - ActivepiecesResilience.BreakDuration, failedAttemptTimes));
        Assert.All(breakEnds.Zip(breakEnds.Skip(1)), pair => Assert.True(pair.Second - pair.First >= ActivepiecesResilience.BreakDuration));

        // Recovery: the first call after the outage succeeds within the break plus 1 s, and every caller gets through.
        Assert.True(firstSuccess - outageEnd <= ActivepiecesResilience.BreakDuration + TimeSpan.FromSeconds(1), $"first success {firstSuccess - outageEnd} after the outage ended");
        Assert.Equal(Callers, calls.Count(c => c.Failure is null));
    }

    /// <summary>One call of a caller: when it started and ended on the fake clock, what it failed with, and how many attempts it sent.</summary>
    private sealed class Call(DateTimeOffset started)
    {
        private int _attempts;

        public DateTimeOffset Started { get; } = started;

        public DateTimeOffset Ended { get; private set; }

        public ActivepiecesException? Failure { get; private set; }

        public int Attempts => _attempts;

        public void Attempted() => Interlocked.Increment(ref _attempts);

        public void End(DateTimeOffset ended, ActivepiecesException? failure)
        {
            Ended = ended;
            Failure = failure;
        }
    }

    /// <summary>Inside the resilience handler: sees each attempt, counts it for its call and records when it was answered.</summary>
    private sealed class AttemptRecorder(TimeProvider clock, ConcurrentQueue<(DateTimeOffset At, bool Failed)> attempts, AsyncLocal<Call?> current) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            current.Value?.Attempted();
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                attempts.Enqueue((clock.GetUtcNow(), !response.IsSuccessStatusCode));
                return response;
            }
            catch
            {
                attempts.Enqueue((clock.GetUtcNow(), true));
                throw;
            }
        }
    }
}
