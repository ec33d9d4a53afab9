using System.Security.Cryptography;
using Activepieces.Emulator;
using Activepieces.Emulator.Embed;

namespace Gelato.Backend;

/// <summary>
/// The in-process Activepieces emulator the sample starts when no real instance is configured: it serves the Gelato
/// piece metadata and trusts a signing key generated at start, so the whole embed flow works without a licence.
/// </summary>
public sealed class EmbeddedActivepieces : IAsyncDisposable
{
    private const string SigningKeyId = "gelato-backend-dev";

    private EmbeddedActivepieces(ActivepiecesEmulator emulator, ActivepiecesSettings settings)
    {
        Emulator = emulator;
        Settings = settings;
    }

    /// <summary>The running emulator.</summary>
    public ActivepiecesEmulator Emulator { get; }

    /// <summary>Settings that point the backend at the emulator (URL, API key, generated signing key).</summary>
    public ActivepiecesSettings Settings { get; }

    /// <summary>Starts the emulator with the piece metadata of <paramref name="piecesDirectory"/>.</summary>
    /// <param name="piecesDirectory">A directory of <c>*.piece.json</c> files.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator and the settings to reach it.</returns>
    public static async Task<EmbeddedActivepieces> StartAsync(string piecesDirectory, CancellationToken cancellationToken)
    {
        using var signingKey = RSA.Create(2048);
        var options = new ActivepiecesEmulatorOptions();
        options.AddPiecesFromDirectory(piecesDirectory);
        options.SigningKeys.Add(EmbedSigningKey.FromRsa(SigningKeyId, signingKey));
        var emulator = await ActivepiecesEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        var settings = new ActivepiecesSettings
        {
            InstanceUrl = emulator.BaseUrl.ToString(),
            ApiKey = emulator.ApiKey,
            SigningKeyId = SigningKeyId,
            SigningKeyPem = signingKey.ExportPkcs8PrivateKeyPem(),
        };
        return new EmbeddedActivepieces(emulator, settings);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
