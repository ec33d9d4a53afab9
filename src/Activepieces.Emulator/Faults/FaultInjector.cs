namespace Activepieces.Emulator.Faults;

/// <summary>
/// The emulator's fault rules, changeable while it runs. For each request the rules are checked in the order added:
/// <see cref="FaultKind.Delay"/> faults add up, every <see cref="FaultKind.Hold"/> gate is waited for, the first other
/// fault decides. Probabilities draw from one
/// <see cref="Random"/> seeded with <see cref="ActivepiecesEmulatorOptions.FaultSeed"/>, so a sequential test is deterministic.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly Random _random;

    internal FaultInjector(int seed, IEnumerable<FaultRule> rules)
    {
#pragma warning disable CA5394 // Deterministic, seeded choice of injected faults; not security relevant.
        _random = new Random(seed);
#pragma warning restore CA5394
        _rules.AddRange(rules);
    }

    /// <summary>The current rules.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.ToArray();
            }
        }
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add(rule);
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Decides the faults of one request.</summary>
    internal (TimeSpan Latency, IReadOnlyList<FaultGate> Gates, Fault Fault) Decide(string method, string path)
    {
        lock (_gate)
        {
            var latency = TimeSpan.Zero;
            var gates = new List<FaultGate>();
            foreach (var rule in _rules.Where(rule => rule.Matches(method, path)))
            {
                var fault = rule.Next(_random);
                if (fault.Kind == FaultKind.Delay)
                {
                    latency += fault.Latency;
                }
                else if (fault.Kind == FaultKind.Hold)
                {
                    gates.Add(fault.Gate!);
                }
                else if (fault.Kind != FaultKind.None)
                {
                    return (latency, gates, fault);
                }
            }

            return (latency, gates, Fault.Pass);
        }
    }
}
