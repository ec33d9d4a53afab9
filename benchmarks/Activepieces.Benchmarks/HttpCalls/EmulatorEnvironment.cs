using Activepieces.Emulator;

namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>
/// The in-process emulator serving the Gelato piece, with a real <see cref="ActivepiecesClient"/> pointed at it and the
/// customer orgs' projects created up front (directly, not through HTTP: the token mints find them).
/// </summary>
public sealed class EmulatorEnvironment : IAsyncDisposable
{
    private EmulatorEnvironment(ActivepiecesEmulator emulator, IReadOnlyList<string> orgs)
    {
        Emulator = emulator;
        Orgs = orgs;
        Client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = emulator.ApiKey });
    }

    /// <summary>The emulator (its request log is the count).</summary>
    public ActivepiecesEmulator Emulator { get; }

    /// <summary>The customer org ids (project external ids).</summary>
    public IReadOnlyList<string> Orgs { get; }

    /// <summary>A client over the emulator.</summary>
    public ActivepiecesClient Client { get; }

    /// <summary>Starts an emulator with <paramref name="orgCount"/> org projects.</summary>
    /// <param name="orgCount">The number of orgs.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The environment.</returns>
    public static async Task<EmulatorEnvironment> StartAsync(int orgCount, CancellationToken cancellationToken)
    {
        var options = new ActivepiecesEmulatorOptions().AddPiece(GelatoStoreConnectionPiece.Name);
        ActivepiecesEmulator emulator = await ActivepiecesEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        var orgs = new List<string>(orgCount);
        for (int i = 0; i < orgCount; i++)
        {
            string org = "org_" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            emulator.AddProject(org, org);
            orgs.Add(org);
        }

        return new EmulatorEnvironment(emulator, orgs);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync().ConfigureAwait(false);
    }
}
