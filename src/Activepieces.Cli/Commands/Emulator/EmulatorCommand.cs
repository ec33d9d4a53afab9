using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Emulator.Standalone;

namespace Activepieces.Cli.Commands.Emulator;

/// <summary>
/// <c>emulator [--urls URL] [--api-key KEY] [--pieces DIR] [--signing-key-id ID --signing-key-pem FILE]</c>: runs the
/// emulator of <c>Activepieces.Emulator</c> until Ctrl+C, with the flags and start-up of its standalone host
/// (<see cref="EmulatorCommandLine"/>, <see cref="EmulatorLaunch"/>), so both start and report alike. A start-up
/// failure is one line and exit code 2.
/// </summary>
internal static class EmulatorCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var flags = new EmulatorCommandLine();
        var command = new ExampleCommand("emulator", EmulatorCommandLine.Description, EmulatorCommandLine.Examples(CliApplication.DisplayName + " emulator"));
        flags.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var launch = flags.Bind(parseResult, environment.WorkingDirectory);
                await launch.RunAsync(environment.Out, environment.Error, cancellationToken).ConfigureAwait(false);
            }
            catch (EmulatorStartupException exception)
            {
                throw new CliException(exception.Message, exception);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
