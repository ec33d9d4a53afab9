namespace Activepieces.Emulator.Standalone;

/// <summary>
/// The standalone emulator: <c>dotnet run --project src/Activepieces.Emulator</c> listens on
/// <see cref="StandaloneArguments.DefaultUrl"/> with <see cref="ActivepiecesEmulatorOptions.DevelopmentApiKey"/>
/// (see <c>--help</c>). Prints the API key in use and then <c>Activepieces emulator listening on URL</c> once it
/// accepts requests, and serves until Ctrl+C or SIGTERM. Bad arguments are one line on stderr and exit code 2.
/// </summary>
internal static class Program
{
    private const int UsageErrorExitCode = 2;

    private static async Task<int> Main(string[] args)
    {
        var arguments = StandaloneArguments.Parse(args);
        if (arguments.ShowHelp)
        {
            return arguments.WriteHelp(Console.Out);
        }

        if (arguments.Options is not { } options)
        {
            await Console.Error.WriteLineAsync(arguments.Error).ConfigureAwait(false);
            return UsageErrorExitCode;
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

        ActivepiecesEmulator emulator;
        try
        {
            emulator = await ActivepiecesEmulator.StartAsync(options, stop.Token).ConfigureAwait(false);
        }
        catch (ArgumentException exception)
        {
            // Invalid piece metadata in a --pieces directory; the message names the file.
            await Console.Error.WriteLineAsync("error: " + exception.Message.ReplaceLineEndings(" ")).ConfigureAwait(false);
            return UsageErrorExitCode;
        }

        await using (emulator.ConfigureAwait(false))
        {
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
        }

        return 0;
    }
}
