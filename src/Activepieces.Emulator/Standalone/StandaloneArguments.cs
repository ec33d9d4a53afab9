using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Activepieces.Emulator.Standalone;

/// <summary>
/// The standalone emulator's command line: the flags of <see cref="EmulatorCommandLine"/> on a root command, with
/// <c>--help</c> (with examples). Bad input is one line naming the flag, never repeating a rejected key.
/// </summary>
internal sealed class StandaloneArguments
{
    /// <summary>Where the standalone emulator listens unless given <c>--urls</c>.</summary>
    public const string DefaultUrl = EmulatorCommandLine.DefaultUrl;

    /// <summary>How the standalone emulator is started from the repository (the flags follow <c>--</c>).</summary>
    private const string CommandLine = "dotnet run --project src/Activepieces.Emulator";

    private readonly ParseResult _parseResult;

    private StandaloneArguments(ParseResult parseResult, EmulatorLaunch? launch, string? error)
    {
        _parseResult = parseResult;
        Launch = launch;
        Error = error;
    }

    /// <summary>Whether <c>--help</c> (<c>-h</c>, <c>-?</c>) was given, wherever it stands: print <see cref="WriteHelp"/> and exit 0.</summary>
    public bool ShowHelp => _parseResult.Action is HelpWithExamples;

    /// <summary>The checked launch, or <see langword="null"/> when <see cref="Error"/> is set or help was asked for.</summary>
    public EmulatorLaunch? Launch { get; }

    /// <summary>The emulator options of <see cref="Launch"/>.</summary>
    public ActivepiecesEmulatorOptions? Options => Launch?.Options;

    /// <summary>What is wrong with the arguments, as one line for the user, or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Parses the arguments; never throws for bad input (see <see cref="Error"/>).</summary>
    public static StandaloneArguments Parse(IReadOnlyList<string> args)
    {
        var flags = new EmulatorCommandLine();
        var root = new RootCommand(EmulatorCommandLine.Description);
        flags.AddTo(root);

        // Unknown tokens are reported by ErrorMessages, which never repeats a value.
        root.TreatUnmatchedTokensAsErrors = false;
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWithExamples((HelpAction)help.Action!, EmulatorCommandLine.Examples(CommandLine + " --"));
        }

        // The flags take no response files: "@…" is a value like any other.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Action is HelpWithExamples)
        {
            return new StandaloneArguments(parseResult, launch: null, error: null);
        }

        if (parseResult.Errors.Count > 0 || parseResult.UnmatchedTokens.Count > 0)
        {
            return Failed(parseResult, string.Join(" ", ErrorMessages(parseResult)));
        }

        try
        {
            return new StandaloneArguments(parseResult, flags.Bind(parseResult, Directory.GetCurrentDirectory()), error: null);
        }
        catch (EmulatorStartupException exception)
        {
            return Failed(parseResult, exception.Message);
        }
    }

    /// <summary>Writes the help (options, defaults, examples) to <paramref name="output"/>.</summary>
    /// <returns>The exit code, 0.</returns>
    public int WriteHelp(TextWriter output) => _parseResult.Invoke(new InvocationConfiguration { Output = output });

    private static StandaloneArguments Failed(ParseResult parseResult, string message) =>
        new(parseResult, launch: null, $"error: {EmulatorStartupException.OneLine(message)} Run '{CommandLine} -- --help' for usage.");

    /// <summary>
    /// The parse errors, after one line for the unknown tokens that names the unknown flags only: a stray value, or the
    /// value of a mistyped <c>--api-key</c>, may be a real key.
    /// </summary>
    private static IEnumerable<string> ErrorMessages(ParseResult parseResult)
    {
        var unmatched = parseResult.UnmatchedTokens;
        if (unmatched.Count > 0)
        {
            var flags = unmatched.Where(token => token.StartsWith('-')).Select(token => $"'{token.Split('=', ':')[0]}'").ToArray();
            var values = unmatched.Count - flags.Length;
            yield return (flags.Length, values) switch
            {
                (0, _) => $"{values} value(s) follow no flag (not repeated here).",
                (_, 0) => $"Unknown flag(s) {string.Join(", ", flags)}.",
                _ => $"Unknown flag(s) {string.Join(", ", flags)}, and {values} value(s) that follow no flag (not repeated here).",
            };
        }

        foreach (var error in parseResult.Errors)
        {
            yield return error.Message;
        }
    }

    /// <summary>The standard help, then the examples.</summary>
    private sealed class HelpWithExamples(HelpAction standard, IReadOnlyList<string> examples) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            return 0;
        }
    }
}
