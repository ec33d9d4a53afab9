using System.Security.Cryptography;
using Activepieces.Emulator;
using Activepieces.Emulator.Embed;

namespace Gelato.Backend.Tests.Infrastructure;

/// <summary>
/// The sample configured for a real instance (<c>Activepieces__*</c> variables), where the instance is an emulator this
/// test process owns: the tests inject the server's failures with its faults.
/// </summary>
public sealed class EmulatorBackedSampleFixture : IAsyncLifetime
{
    private const string SigningKeyId = "gelato-backend-tests";

    private ActivepiecesEmulator? _emulator;
    private GelatoBackendProcess? _backend;

    /// <summary>The emulator the sample calls.</summary>
    public ActivepiecesEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not started.");

    internal GelatoBackendProcess Backend => _backend ?? throw new InvalidOperationException("The backend is not started.");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var signingKey = RSA.Create(2048);
        var options = new ActivepiecesEmulatorOptions().AddPiecesFromDirectory(Path.Combine(GelatoBackendProcess.SampleDirectory, "pieces"));
        options.SigningKeys.Add(EmbedSigningKey.FromRsa(SigningKeyId, signingKey));
        _emulator = await ActivepiecesEmulator.StartAsync(options, ct);
        _backend = await GelatoBackendProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Activepieces__InstanceUrl"] = _emulator.BaseUrl.ToString(),
                ["Activepieces__ApiKey"] = _emulator.ApiKey,
                ["Activepieces__SigningKeyId"] = SigningKeyId,
                ["Activepieces__SigningKeyPem"] = signingKey.ExportPkcs8PrivateKeyPem(),
            },
            ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }

        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
