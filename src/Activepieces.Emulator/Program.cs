namespace Activepieces.Emulator;

/// <summary>
/// The standalone emulator:
/// <c>dotnet run --project src/Activepieces.Emulator -- --urls http://127.0.0.1:5199 --api-key sk-… --pieces DIR</c>.
/// Prints <c>Activepieces emulator listening on URL</c> once it accepts requests and serves until Ctrl+C.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        ActivepiecesEmulatorOptions options;
        try
        {
            options = StandaloneArguments.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(StandaloneArguments.Usage).ConfigureAwait(false);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, eventArgs) =>
        {
            eventArgs.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });

        await using var emulator = await ActivepiecesEmulator.StartAsync(options, stop.Token).ConfigureAwait(false);
        Console.WriteLine($"Activepieces emulator listening on {emulator.BaseUrl.ToString().TrimEnd('/')}");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM.
        }

        return 0;
    }
}
