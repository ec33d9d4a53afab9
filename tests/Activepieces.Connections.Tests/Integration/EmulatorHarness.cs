using Activepieces.Emulator;
using Microsoft.Extensions.Logging.Testing;

namespace Activepieces.Tests.Integration;

/// <summary>A running emulator and a client pointed at it, with every log line captured.</summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    public const string Gelato = "@activepieces/piece-gelato";

    private EmulatorHarness(ActivepiecesEmulator emulator, ActivepiecesClient client, FakeLogger<ActivepiecesClient> logger)
    {
        Emulator = emulator;
        Client = client;
        Logger = logger;
    }

    public ActivepiecesEmulator Emulator { get; }

    public ActivepiecesClient Client { get; }

    public FakeLogger<ActivepiecesClient> Logger { get; }

    public static async Task<EmulatorHarness> StartAsync(CancellationToken cancellationToken)
    {
        var options = new ActivepiecesEmulatorOptions()
            .AddPiece(Gelato, "0.1.0")
            .AddPiecesFromDirectory(Path.Combine(AppContext.BaseDirectory, "Pieces"));
        var emulator = await ActivepiecesEmulator.StartAsync(options, cancellationToken);
        var logger = new FakeLogger<ActivepiecesClient>();
        return new EmulatorHarness(emulator, NewClient(emulator, logger), logger);
    }

    /// <summary>Another client (as if in another process): its own caches.</summary>
    public static ActivepiecesClient NewClient(ActivepiecesEmulator emulator, FakeLogger<ActivepiecesClient>? logger = null, string? apiKey = null) =>
        new(new HttpClient(), new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = apiKey ?? emulator.ApiKey }, logger);

    /// <summary>Every log line and structured value the client logged.</summary>
    public IEnumerable<string> LogTexts() =>
        Logger.Collector.GetSnapshot().Select(l => l.Message + " " + string.Join(",", l.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? []));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
