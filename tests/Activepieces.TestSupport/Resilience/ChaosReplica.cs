using Activepieces.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Activepieces.TestSupport;

/// <summary>
/// One backend replica of the resilience runs: its own DI container with the recommended <c>AddActivepieces</c> setup
/// (the production pipeline, unchanged) on the run's shared clock, every log line collected down to Trace.
/// </summary>
public sealed class ChaosReplica : IAsyncDisposable
{
    /// <summary>Builds the replica's container.</summary>
    /// <param name="emulator">The server.</param>
    /// <param name="clock">The run's clock (the pipeline's timeouts, backoff and circuit, and the Ensure cache).</param>
    /// <param name="configure">Adds to the container, e.g. a shared Ensure cache over Redis.</param>
    public ChaosReplica(ActivepiecesEmulator emulator, TimeProvider clock, Action<IServiceCollection, IHttpClientBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(clock);
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = emulator.BaseUrl;
            o.ApiKey = emulator.ApiKey;
        });
        configure?.Invoke(services, builder);
        Services = services.BuildServiceProvider();
    }

    /// <summary>The container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>A typed client, as a request scope gets one.</summary>
    public ActivepiecesClient Client => Services.GetRequiredService<ActivepiecesClient>();

    /// <summary>Every log line of the replica.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
