namespace Gelato.Backend.Tests.Infrastructure;

/// <summary>One running sample backend with its embedded emulator, shared by the tests of a class (starting it takes a few seconds).</summary>
public sealed class GelatoBackendFixture : IAsyncLifetime
{
    private GelatoBackendProcess? _backend;

    internal GelatoBackendProcess Backend => _backend ?? throw new InvalidOperationException("The backend is not started.");

    public async ValueTask InitializeAsync() => _backend = await GelatoBackendProcess.StartAsync(null, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }
}
