namespace Activepieces.Emulator;

/// <summary>
/// The standalone emulator: <c>dotnet run --project src/Activepieces.Emulator</c> listens on
/// <see cref="StandaloneArguments.DefaultUrl"/> with <see cref="ActivepiecesEmulatorOptions.DevelopmentApiKey"/>
/// (see <see cref="StandaloneArguments.Usage"/>). Prints the API key in use and then
/// <c>Activepieces emulator listening on URL</c> once it accepts requests, and serves until Ctrl+C or SIGTERM.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        StandaloneArguments arguments;
        try
        {
            arguments = StandaloneArguments.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(StandaloneArguments.Usage).ConfigureAwait(false);
            return 2;
        }

        if (arguments.ShowHelp)
        {
            Console.WriteLine(StandaloneArguments.Usage);
            return 0;
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

        await using var emulator = await ActivepiecesEmulator.StartAsync(arguments.Options, stop.Token).ConfigureAwait(false);

        // A development emulator prints the key it accepts, so that a newcomer can call it; it guards nothing real.
        Console.WriteLine($"API key: {emulator.ApiKey}");
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
