using Activepieces.Benchmarks.HttpCalls;
using Activepieces.Benchmarks.Infrastructure;
using Activepieces.Benchmarks.RequestBodies;
using Activepieces.TestSupport;
using BenchmarkDotNet.Attributes;

namespace Activepieces.Benchmarks.Ensure;

/// <summary>
/// <c>EnsureGelatoStoreConnectionAsync</c> (the generated extension over <c>client.PredefinedConnections.EnsureAsync</c>)
/// for an org whose value is cached: a real <see cref="ActivepiecesClient"/> over the in-process emulator, primed once.
/// Setup fails if a measured call reached the server.
/// </summary>
[SuiteJob(SuiteJobKind.Standard)]
public class EnsureCachedBenchmarks
{
    private EmulatorHarness _environment = null!;
    private string _org = null!;
    private GelatoStoreConnection _connection = null!;
    private GelatoStoreConnection _equalConnection = null!;

    /// <summary>Starts the emulator and stores the org's connection once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _environment = GelatoOrgs.StartAsync(1, CancellationToken.None).GetAwaiter().GetResult();
        _org = GelatoOrgs.Org(0);
        _connection = GelatoStoreConnectionPiece.CredentialsOf(_org);
        _equalConnection = _connection with { };
        _environment.Client.EnsureGelatoStoreConnectionAsync(_org, _connection).AsTask().GetAwaiter().GetResult();
        _environment.Emulator.ResetRequestLog();
        if (!EnsureSameInstance().IsCompletedSuccessfully || !EnsureEqualValue().IsCompletedSuccessfully || _environment.Emulator.RequestCount != 0)
        {
            throw new InvalidOperationException("The cached Ensure path made a request or did not complete synchronously.");
        }
    }

    /// <summary>Stops the emulator, failing if any measured call reached it.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var requests = _environment.Emulator.RequestCount;
        _environment.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (requests != 0)
        {
            throw new InvalidOperationException($"The cached Ensure path made {requests} requests.");
        }
    }

    /// <summary>Ensure with the instance that was stored.</summary>
    /// <returns>The pending (completed) result.</returns>
    [Benchmark(Baseline = true, Description = "Ensure, cached (same instance)")]
    public ValueTask<AppConnection> EnsureSameInstance() => _environment.Client.EnsureGelatoStoreConnectionAsync(_org, _connection);

    /// <summary>Ensure with an equal value (a new instance each mint in a real backend): record equality over six members.</summary>
    /// <returns>The pending (completed) result.</returns>
    [Benchmark(Description = "Ensure, cached (equal value)")]
    public ValueTask<AppConnection> EnsureEqualValue() => _environment.Client.EnsureGelatoStoreConnectionAsync(_org, _equalConnection);
}
