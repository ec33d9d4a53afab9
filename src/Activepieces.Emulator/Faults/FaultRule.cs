namespace Activepieces.Emulator.Faults;

/// <summary>
/// Which requests fail and how: a method (or <c>*</c>) and a path pattern (<c>*</c> = one segment, <c>**</c> = anything,
/// e.g. <c>/api/v1/projects/*</c>), with either a probability or a scripted sequence of faults.
/// </summary>
public sealed class FaultRule
{
    private readonly Fault[] _sequence;
    private int _position;

    private FaultRule(string method, string pathPattern, double probability, Fault[] sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        Method = method;
        Path = new PathPattern(pathPattern);
        Probability = probability;
        _sequence = sequence;
    }

    /// <summary>The HTTP method, or <c>*</c> for any.</summary>
    public string Method { get; }

    /// <summary>The path pattern.</summary>
    public string PathPattern => Path.Text;

    /// <summary>The probability of <see cref="Fault"/> for probabilistic rules.</summary>
    public double Probability { get; }

    /// <summary>The scripted faults, in order; after the last one, requests pass.</summary>
    public IReadOnlyList<Fault> Sequence => _sequence;

    internal PathPattern Path { get; }

    /// <summary>Each matching request fails with <paramref name="fault"/>.</summary>
    /// <param name="method">HTTP method or <c>*</c>.</param>
    /// <param name="pathPattern">Path pattern.</param>
    /// <param name="fault">The fault.</param>
    /// <returns>The rule.</returns>
    public static FaultRule Always(string method, string pathPattern, Fault fault) => WithProbability(method, pathPattern, 1, fault);

    /// <summary>Each matching request fails with <paramref name="fault"/> with <paramref name="probability"/> (seeded, deterministic).</summary>
    /// <param name="method">HTTP method or <c>*</c>.</param>
    /// <param name="pathPattern">Path pattern.</param>
    /// <param name="probability">0 to 1.</param>
    /// <param name="fault">The fault.</param>
    /// <returns>The rule.</returns>
    public static FaultRule WithProbability(string method, string pathPattern, double probability, Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        return new FaultRule(method, pathPattern, probability, [fault]) { IsSequence = false };
    }

    /// <summary>The n-th matching request gets the n-th fault; once the script is used up, requests pass.</summary>
    /// <param name="method">HTTP method or <c>*</c>.</param>
    /// <param name="pathPattern">Path pattern.</param>
    /// <param name="faults">The script; use <see cref="Fault.Pass"/> for a step that succeeds.</param>
    /// <returns>The rule.</returns>
    public static FaultRule Sequenced(string method, string pathPattern, params Fault[] faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        return new FaultRule(method, pathPattern, 1, faults.ToArray()) { IsSequence = true };
    }

    private bool IsSequence { get; init; }

    internal bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) && Path.IsMatch(path);

    /// <summary>The fault for the next matching request (call under the injector's lock).</summary>
    internal Fault Next(Random random)
    {
        if (IsSequence)
        {
            return _position < _sequence.Length ? _sequence[_position++] : Fault.Pass;
        }

        return random.NextDouble() < Probability ? _sequence[0] : Fault.Pass;
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsSequence
            ? $"{Method} {PathPattern}: sequence of {_sequence.Length}"
            : $"{Method} {PathPattern}: {_sequence[0].Kind} with p={Probability}";
}
