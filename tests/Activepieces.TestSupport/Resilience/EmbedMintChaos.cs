using System.Collections.Concurrent;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Inspection;
using Xunit;

namespace Activepieces.TestSupport;

/// <summary>
/// The chaos run: <see cref="Replicas"/> backend replicas (separate DI containers) mint <see cref="Mints"/> embed tokens
/// over <see cref="Orgs"/> orgs — what the sample's <c>POST /embed-token</c> does: the org's project (get or create), then
/// Ensure of its connection — while the server fails 20% of the requests (<see cref="AddFaults"/>). The app retries a
/// failed mint up to <see cref="MaxAppAttempts"/> times, waiting <see cref="FirstAppBackoff"/> doubling to
/// <see cref="MaxAppBackoff"/>.
/// </summary>
/// <remarks>
/// Deterministic: the faults are drawn from a seeded <see cref="Random"/>, and the pipelines' timeouts, backoff and
/// <c>Retry-After</c> waits, the circuit and the app's backoff all run on one <see cref="VirtualClock"/>, which moves
/// only when every mint waits. The mints run in <see cref="Rounds"/> rounds: in each, every replica mints every org with
/// the round's value (the replicas race for the same orgs; within a replica, each of its
/// <see cref="WorkersPerReplica"/> workers owns its orgs), so the newest value of an org is the last round's.
/// </remarks>
public static class EmbedMintChaos
{
    /// <summary>Backend replicas.</summary>
    public const int Replicas = 4;

    /// <summary>Orgs (customer projects).</summary>
    public const int Orgs = 50;

    /// <summary>Mints in the run.</summary>
    public const int Mints = 1000;

    /// <summary>Rounds: each replica mints each org once per round.</summary>
    public const int Rounds = Mints / (Replicas * Orgs);

    /// <summary>Concurrent mints per replica.</summary>
    public const int WorkersPerReplica = 10;

    /// <summary>The app's attempts per mint.</summary>
    public const int MaxAppAttempts = 8;

    /// <summary>The share of all requests answered 503.</summary>
    public const double ServiceUnavailableRate = 0.10;

    /// <summary>The share of all requests whose connection drops before the server serves them.</summary>
    public const double DropBeforeCommitRate = 0.04;

    /// <summary>The share of all requests whose connection drops after the server served them.</summary>
    public const double DropAfterCommitRate = 0.04;

    /// <summary>The share of all requests answered 429 with <c>Retry-After: 1</c>.</summary>
    public const double TooManyRequestsRate = 0.02;

    /// <summary>The fault seed.</summary>
    public const int FaultSeed = 20261208;

    /// <summary>The most app-level attempts beyond one per mint: 5% of the mints.</summary>
    public const int MaxExtraAppAttempts = Mints * 5 / 100;

    /// <summary>The app's first backoff.</summary>
    public static readonly TimeSpan FirstAppBackoff = TimeSpan.FromSeconds(0.25);

    /// <summary>The app's longest backoff.</summary>
    public static readonly TimeSpan MaxAppBackoff = TimeSpan.FromSeconds(4);

    /// <summary>The connection descriptor the mints ensure.</summary>
    public static PredefinedConnectionDescriptor Gelato { get; } = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    /// <summary>The org id of org <paramref name="org"/>.</summary>
    /// <param name="org">0 to <see cref="Orgs"/> − 1.</param>
    /// <returns>The external project id.</returns>
    public static string OrgId(int org) => "org_" + org;

    /// <summary>The secret an org's mints store in a round: recognisable in any log line or message it leaks into.</summary>
    /// <param name="org">The org.</param>
    /// <param name="round">The round, 1 to <see cref="Rounds"/>.</param>
    /// <returns>The secret.</returns>
    public static string SecretOf(int org, int round) => $"gk-secret-org{org}-round{round}-Zq81";

    /// <summary>
    /// Emulator options with the run's faults on every API request: 10% 503, 4% dropped before commit, 4% dropped after
    /// commit, 2% 429 with <c>Retry-After: 1</c> (the rules are checked in order, so each later rule's probability is
    /// conditional on the earlier ones passing, which makes the shares of all requests exactly those).
    /// </summary>
    /// <param name="options">The options to add the faults to.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ActivepiecesEmulatorOptions AddFaults(ActivepiecesEmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FaultSeed = FaultSeed;
        var left = 1.0;
        foreach (var (rate, fault) in new[]
        {
            (ServiceUnavailableRate, Fault.ServiceUnavailable),
            (DropBeforeCommitRate, Fault.DropConnection),
            (DropAfterCommitRate, Fault.DropConnectionAfterCommit),
            (TooManyRequestsRate, Fault.TooManyRequests(TimeSpan.FromSeconds(1))),
        })
        {
            options.Faults.Add(FaultRule.WithProbability("*", "/api/v1/**", rate / left, fault));
            left -= rate;
        }

        return options;
    }

    /// <summary>Runs the mints and returns the figures (the assertions are <see cref="ChaosFigures.AssertConverged"/>).</summary>
    /// <param name="emulator">The server, with <see cref="AddFaults"/>.</param>
    /// <param name="clock">The clock every replica was built with.</param>
    /// <param name="replicas">The <see cref="Replicas"/> replicas.</param>
    /// <param name="cancellationToken">The test's token.</param>
    /// <returns>The figures.</returns>
    public static async Task<ChaosFigures> RunAsync(
        ActivepiecesEmulator emulator,
        VirtualClock clock,
        IReadOnlyList<ChaosReplica> replicas,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(replicas);
        Assert.Equal(Replicas, replicas.Count);
        var figures = new ChaosFigures(emulator, clock, replicas);
        var start = clock.GetUtcNow();
        for (var round = 1; round <= Rounds; round++)
        {
            var r = round;
            var workers = new List<Task>();
            foreach (var replica in replicas)
            {
                for (var worker = 0; worker < WorkersPerReplica; worker++)
                {
                    var w = worker;
                    workers.Add(clock.Run(async () =>
                    {
                        for (var org = w; org < Orgs; org += WorkersPerReplica)
                        {
                            await MintAsync(replica, org, r, clock, figures, cancellationToken).ConfigureAwait(false);
                        }
                    }));
                }
            }

            await clock.DriveAsync(workers, cancellationToken).ConfigureAwait(false);
        }

        figures.Finish(clock.GetUtcNow() - start);
        return figures;
    }

    /// <summary>One mint with the app's retries: a failure is recorded and retried after the backoff; after the last attempt the mint is lost.</summary>
    private static async Task MintAsync(ChaosReplica replica, int org, int round, VirtualClock clock, ChaosFigures figures, CancellationToken cancellationToken)
    {
        var backoff = FirstAppBackoff;
        for (var attempt = 1; attempt <= MaxAppAttempts; attempt++)
        {
            figures.RecordAttempt();
            try
            {
                var client = replica.Client;
                await client.Projects.GetOrCreateAsync(OrgId(org), cancellationToken: cancellationToken).ConfigureAwait(false);
                await client.PredefinedConnections.EnsureAsync(Gelato, OrgId(org), new SecretTextValue(SecretOf(org, round)), cancellationToken).ConfigureAwait(false);
                figures.RecordMint();
                return;
            }
            catch (ActivepiecesException e)
            {
                figures.RecordFailure(e);
            }

            if (attempt < MaxAppAttempts)
            {
                await Task.Delay(backoff, clock, cancellationToken).ConfigureAwait(false);
                backoff = backoff * 2 > MaxAppBackoff ? MaxAppBackoff : backoff * 2;
            }
        }

        figures.RecordLost(OrgId(org), round);
    }
}

/// <summary>What a chaos run counted, and its assertions.</summary>
public sealed class ChaosFigures
{
    private readonly ActivepiecesEmulator _emulator;
    private readonly VirtualClock _clock;
    private readonly IReadOnlyList<ChaosReplica> _replicas;
    private readonly ConcurrentQueue<ActivepiecesException> _failures = new();
    private readonly ConcurrentQueue<string> _lost = new();
    private int _attempts;
    private int _minted;

    internal ChaosFigures(ActivepiecesEmulator emulator, VirtualClock clock, IReadOnlyList<ChaosReplica> replicas)
    {
        _emulator = emulator;
        _clock = clock;
        _replicas = replicas;
    }

    /// <summary>App-level mint attempts.</summary>
    public int Attempts => _attempts;

    /// <summary>Mints that succeeded (one of their attempts did).</summary>
    public int Minted => _minted;

    /// <summary>Attempts beyond one per mint.</summary>
    public int ExtraAttempts => Attempts - EmbedMintChaos.Mints;

    /// <summary>Mints whose every attempt failed, as <c>org/round</c>.</summary>
    public IReadOnlyCollection<string> LostMints => _lost;

    /// <summary>The failed attempts' exceptions.</summary>
    public IReadOnlyCollection<ActivepiecesException> Failures => _failures;

    /// <summary>Failed attempts by reason (<c>Unavailable/CircuitBroken</c>, <c>Api/503</c>, …).</summary>
    public IReadOnlyDictionary<string, int> FailuresByReason => _failures
        .GroupBy(ReasonOf, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Requests that reached the server.</summary>
    public int Requests { get; private set; }

    /// <summary>Those requests by injected fault (<c>None</c> = served normally).</summary>
    public IReadOnlyDictionary<FaultKind, int> RequestsByFault { get; private set; } = new Dictionary<FaultKind, int>();

    /// <summary>The fake time the run took.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Log lines of all replicas.</summary>
    public int LogLines { get; private set; }

    /// <summary>The reason of a failed attempt, as the figures name it.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>E.g. <c>Unavailable/CircuitBroken</c> or <c>Api/503</c>.</returns>
    public static string ReasonOf(ActivepiecesException exception) => exception switch
    {
        ActivepiecesUnavailableException u => "Unavailable/" + u.Reason,
        ActivepiecesApiException a => "Api/" + (int)a.StatusCode,
        _ => exception.GetType().Name,
    };

    /// <summary>
    /// The run's assertions: each org has exactly one project and one connection, linked, holding the last round's value;
    /// no mint was lost; the app-level extra attempts stay within 5% of the mints; every failure is one of the two
    /// documented types; no secret (a connection value, the API key) is in any log line or failure.
    /// </summary>
    /// <param name="expectedProjects">The projects the emulator should hold in all (the orgs', plus any it started with).</param>
    public void AssertConverged(int expectedProjects)
    {
        for (var org = 0; org < EmbedMintChaos.Orgs; org++)
        {
            var orgId = EmbedMintChaos.OrgId(org);
            var project = Assert.Single(_emulator.Projects, p => p.ExternalId == orgId);
            var connection = Assert.Single(_emulator.Connections, c => c.ExternalId == EmbedMintChaos.Gelato.ExternalIdFor(orgId));
            Assert.Equal([project.Id], connection.ProjectIds);
            Assert.Contains(EmbedMintChaos.SecretOf(org, EmbedMintChaos.Rounds), connection.ValueJson, StringComparison.Ordinal);
        }

        Assert.Equal(expectedProjects, _emulator.Projects.Count);
        Assert.Equal(EmbedMintChaos.Orgs, _emulator.Connections.Count);
        Assert.Empty(_lost);
        Assert.Equal(EmbedMintChaos.Mints, Minted);

        // The clock moves only while every mint waits, so no request is ever cut off by its timeout.
        Assert.DoesNotContain(_failures, e => e is ActivepiecesUnavailableException { Reason: ActivepiecesUnavailableReason.TimedOut });
        Assert.True(ExtraAttempts <= EmbedMintChaos.MaxExtraAppAttempts, $"{ExtraAttempts} extra app-level attempts for {EmbedMintChaos.Mints} mints (at most {EmbedMintChaos.MaxExtraAppAttempts}).");
        Assert.All(_failures, e => Assert.True(
            e.GetType() == typeof(ActivepiecesApiException) || e.GetType() == typeof(ActivepiecesUnavailableException),
            $"A caller saw {e.GetType().FullName}: {e.Message}"));

        var texts = _failures.Select(e => e.ToString())
            .Concat(_replicas.SelectMany(replica => replica.Logs.GetSnapshot())
                .Select(log => log.Category + ": " + log.Message + " " + log.Exception + " " + string.Join(",", log.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? [])))
            .ToList();
        Assert.NotEmpty(texts);
        var key = _emulator.ApiKey[3..];
        foreach (var text in texts)
        {
            Assert.False(text.Contains("gk-secret-", StringComparison.Ordinal), "A connection value leaked: " + text[..Math.Min(text.Length, 400)]);
            Assert.False(text.Contains(key, StringComparison.Ordinal), "The API key leaked into a log line or failure.");
        }
    }

    /// <summary>The figures as report lines.</summary>
    /// <param name="title">What ran, e.g. <c>chaos, per-replica Ensure cache</c>.</param>
    /// <returns>The lines.</returns>
    public IEnumerable<string> ReportLines(string title)
    {
        yield return $"Resilience chaos run ({title}): {EmbedMintChaos.Replicas} replicas, {EmbedMintChaos.Mints} mints over {EmbedMintChaos.Orgs} orgs, faults "
            + $"{Percent(EmbedMintChaos.ServiceUnavailableRate)} 503 / {Percent(EmbedMintChaos.DropBeforeCommitRate)} dropped before commit / {Percent(EmbedMintChaos.DropAfterCommitRate)} dropped after commit / "
            + $"{Percent(EmbedMintChaos.TooManyRequestsRate)} 429 (Retry-After: 1), app retries up to {EmbedMintChaos.MaxAppAttempts} attempts (0.25 s doubling to 4 s)";
        yield return $"  mints: {Minted} succeeded, {_lost.Count} lost; app-level attempts: {Attempts} ({ExtraAttempts} extra = {Percent((double)ExtraAttempts / EmbedMintChaos.Mints)}; bound {EmbedMintChaos.MaxExtraAppAttempts})";
        var reasons = FailuresByReason.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}");
        yield return $"  failed attempts: {_failures.Count} [{string.Join(", ", reasons)}]";
        var faults = RequestsByFault.OrderBy(p => p.Key).Select(p => $"{(p.Key == FaultKind.None ? "served" : p.Key.ToString())} {p.Value}");
        yield return $"  requests reaching the server: {Requests} [{string.Join(", ", faults)}]";
        yield return $"  fake time: {Elapsed.TotalSeconds:F1} s in {_clock.Advances} clock advances; log lines: {LogLines}, none with a secret";
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    internal void RecordAttempt() => Interlocked.Increment(ref _attempts);

    internal void RecordMint() => Interlocked.Increment(ref _minted);

    internal void RecordFailure(ActivepiecesException exception) => _failures.Enqueue(exception);

    internal void RecordLost(string orgId, int round) => _lost.Enqueue($"{orgId}/{round}");

    internal void Finish(TimeSpan elapsed)
    {
        Elapsed = elapsed;
        var log = _emulator.RequestLog;
        Requests = log.Count;
        RequestsByFault = log.GroupBy(r => r.Fault).ToDictionary(g => g.Key, g => g.Count());
        LogLines = _replicas.Sum(r => r.Logs.GetSnapshot().Count);
    }
}
