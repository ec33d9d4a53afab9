namespace Activepieces;

/// <summary>How <see cref="PredefinedConnectionsClient.SyncAsync{TValue}(PredefinedConnectionDescriptor, IAsyncEnumerable{ValueTuple{string, TValue}}, SyncOptions?, CancellationToken)"/> runs.</summary>
public sealed class SyncOptions
{
    /// <summary>The default of <see cref="MaxConcurrency"/>: 8.</summary>
    public const int DefaultMaxConcurrency = 8;

    private int _maxConcurrency = DefaultMaxConcurrency;

    /// <summary>
    /// The most orgs synced at once, which is also the most requests in flight (each org's requests run one after the
    /// other). Default <see cref="DefaultMaxConcurrency"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxConcurrency
    {
        get => _maxConcurrency;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxConcurrency));
            _maxConcurrency = value;
        }
    }

    /// <summary>Receives a <see cref="SyncProgress"/> after each org (from the worker that finished it; keep it quick).</summary>
    public IProgress<SyncProgress>? Progress { get; set; }

    /// <summary>
    /// Stops taking new orgs after the first failure (orgs already started finish); the result then lists that failure
    /// and the orgs done so far. Default false: every org is attempted.
    /// </summary>
    public bool StopOnFirstError { get; set; }
}
