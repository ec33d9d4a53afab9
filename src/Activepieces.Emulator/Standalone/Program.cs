namespace Activepieces.Emulator.Standalone;

/// <summary>
/// The standalone emulator: <c>dotnet run --project src/Activepieces.Emulator</c> listens on
/// <see cref="StandaloneArguments.DefaultUrl"/> with <see cref="ActivepiecesEmulatorOptions.DevelopmentApiKey"/>
/// (see <c>--help</c>). It prints the pieces it serves, the key when it is the public development key, and then
/// <c>Activepieces emulator listening on URL</c> once it accepts requests (<see cref="EmulatorLaunch"/>, which
/// <c>dotnet activepieces emulator</c> runs too), and serves until Ctrl+C or SIGTERM. Bad arguments and start-up
/// failures are one line on stderr and exit code 2.
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

        if (arguments.Launch is not { } launch)
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

        try
        {
            await launch.RunAsync(Console.Out, Console.Error, stop.Token).ConfigureAwait(false);
        }
        catch (EmulatorStartupException exception)
        {
            await Console.Error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
            return UsageErrorExitCode;
        }

        return 0;
    }
}
