using System.CommandLine;
using System.CommandLine.Help;
using Activepieces.Cli.Commands.Connections;
using Activepieces.Cli.Commands.Emulator;
using Activepieces.Cli.Commands.Pieces;
using Activepieces.Cli.Instance;

namespace Activepieces.Cli.CommandLine;

/// <summary>Builds the <c>dotnet activepieces</c> command tree and runs a command line through it.</summary>
internal static class CliApplication
{
    /// <summary>The name users type (the tool is installed as <c>dotnet-activepieces</c>, run as <c>dotnet activepieces</c>).</summary>
    public const string DisplayName = "dotnet activepieces";

    /// <summary>From nothing to a compiling, checked record, then the CI check, and a local emulator to run it against.</summary>
    private static readonly string[] RootExamples =
    [
        "dotnet activepieces pieces pull mysql",
        "dotnet activepieces pieces scaffold pieces/mysql.piece.json --namespace Acme.Connections",
        "dotnet activepieces pieces check --json",
        "dotnet activepieces emulator --pieces pieces",
        "dotnet activepieces connections audit --piece mysql --instance http://127.0.0.1:5199 --api-key sk-…",
    ];

    /// <summary>
    /// The root command: one subcommand group per area (<c>pieces</c>, <c>connections</c>), each with its own
    /// <see cref="InstanceOptions"/> (the key's help says whether its commands need one) so that every command finds
    /// the instance and API key the same way, and <c>emulator</c>, which serves an instance instead.
    /// </summary>
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand("Pull Activepieces piece metadata (from an instance or a piece's build), scaffold typed [PieceAuth] records, check them for drift, emit the TypeScript a piece uses to find the connection, audit and diagnose a piece's connections across the fleet, and run a local emulator of the Activepieces API.");
        var piecesInstance = new InstanceOptions(InstanceOptions.KeyOptional);
        var pieces = PiecesCommand.Create(piecesInstance, environment);
        piecesInstance.AddTo(pieces);
        root.Subcommands.Add(pieces);
        var connectionsInstance = new InstanceOptions(InstanceOptions.KeyRequired);
        var connections = ConnectionsCommand.Create(connectionsInstance, environment);
        connectionsInstance.AddTo(connections);
        root.Subcommands.Add(connections);
        root.Subcommands.Add(EmulatorCommand.Create(environment));

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard)
            {
                help.Action = new ExamplesHelpAction(standard, RootExamples);
            }
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(environment);

        // "@activepieces/piece-x" is a piece name, never a response file.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var unknownOptions = parseResult.Action is ExamplesHelpAction ? Array.Empty<string>() : UnknownOptions.Find(parseResult);
        if (unknownOptions.Count > 0)
        {
            // Reported before anything runs: a mistyped option is never taken for a piece name or another value.
            foreach (var unknown in unknownOptions)
            {
                environment.Error.WriteLine("error: " + unknown);
            }

            environment.Error.WriteLine($"Run '{DisplayName} {CommandPath(parseResult.CommandResult.Command)}--help' for usage.");
            return ExitCodes.Error;
        }

        if (parseResult.Errors.Count > 0 && parseResult.Action is not ExamplesHelpAction)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine("error: " + FailureTranslator.OneLine(error.Message));
            }

            environment.Error.WriteLine($"Run '{DisplayName} {CommandPath(parseResult.CommandResult.Command)}--help' for usage.");
            return ExitCodes.Error;
        }

        var invocation = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException exception)
        {
            return FailureTranslator.Report(environment.Error, exception);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C (System.CommandLine cancels the token it hands the command) or the caller's token.
            environment.Error.WriteLine("error: canceled.");
            return ExitCodes.Error;
        }
        catch (Exception exception) when (FailureTranslator.CanTranslate(exception, cancellationToken))
        {
            // Failures no command translated itself still get one line, never a stack trace.
            return FailureTranslator.Report(environment.Error, FailureTranslator.Translate(exception, subject: null, instance: null));
        }
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not null and not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }
}
