using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Activepieces.Emulator.Standalone;

/// <summary>
/// The standalone emulator's command line, parsed with System.CommandLine: <c>--urls</c>, <c>--api-key</c>,
/// <c>--pieces</c> (repeatable), <c>--fault-seed</c> and <c>--help</c> (with examples). Bad input is one line naming the
/// flag, never repeating a rejected key.
/// </summary>
internal sealed class StandaloneArguments
{
    /// <summary>Where the standalone emulator listens unless given <c>--urls</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5199";

    /// <summary>How the standalone emulator is started from the repository (the flags follow <c>--</c>).</summary>
    private const string CommandLine = "dotnet run --project src/Activepieces.Emulator";

    private static readonly string[] Examples =
    [
        CommandLine,
        CommandLine + " -- --pieces pieces --urls http://127.0.0.1:8080",
        CommandLine + " -- --urls http://127.0.0.1:0 --fault-seed 7",
    ];

    private readonly ParseResult _parseResult;

    private StandaloneArguments(ParseResult parseResult, ActivepiecesEmulatorOptions? options, string? error)
    {
        _parseResult = parseResult;
        Options = options;
        Error = error;
    }

    /// <summary>Whether <c>--help</c> (<c>-h</c>, <c>-?</c>) was given, wherever it stands: print <see cref="WriteHelp"/> and exit 0.</summary>
    public bool ShowHelp => _parseResult.Action is HelpWithExamples;

    /// <summary>The emulator options, or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public ActivepiecesEmulatorOptions? Options { get; }

    /// <summary>What is wrong with the arguments, as one line for the user, or <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Parses the arguments; never throws for bad input (see <see cref="Error"/>).</summary>
    public static StandaloneArguments Parse(IReadOnlyList<string> args)
    {
        var urls = new Option<Uri>("--urls")
        {
            Description = "Where to listen (the first of a ';'-separated list); port 0 picks a free port.",
            HelpName = "URL",
            DefaultValueFactory = _ => new Uri(DefaultUrl),
            CustomParser = ParseUrl,
        };
        var apiKey = new Option<string>("--api-key")
        {
            Description = "The API key clients send as 'Authorization: Bearer KEY': 'sk-' + 61 characters from [0-9A-Za-z].",
            HelpName = "KEY",
            DefaultValueFactory = _ => ActivepiecesEmulatorOptions.DevelopmentApiKey,
            CustomParser = ParseApiKey,
        };
        var pieces = new Option<string[]>("--pieces")
        {
            Description = "Serve every *.piece.json file of DIR (the GET /api/v1/pieces/NAME shape); repeatable.",
            HelpName = "DIR",
        };
        pieces.Validators.Add(ValidateDirectories);
        var faultSeed = new Option<int>("--fault-seed")
        {
            Description = "The seed of probabilistic fault rules.",
            HelpName = "N",
            CustomParser = ParseInteger,
        };

        var root = new RootCommand(
            "An in-memory emulator of the Activepieces REST API (projects, global and project connections, piece metadata, the worker connection lookup, the embed token exchange). State lives in memory; Ctrl+C stops it.")
        {
            urls,
            apiKey,
            pieces,
            faultSeed,
        };
        // Unknown tokens are reported by ErrorMessages, which never repeats a value.
        root.TreatUnmatchedTokensAsErrors = false;
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWithExamples((HelpAction)help.Action!);
        }

        // The flags take no response files: "@…" is a value like any other.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Action is HelpWithExamples)
        {
            return new StandaloneArguments(parseResult, options: null, error: null);
        }

        if (parseResult.Errors.Count > 0 || parseResult.UnmatchedTokens.Count > 0)
        {
            return Failed(parseResult, string.Join(" ", ErrorMessages(parseResult)));
        }

        var options = new ActivepiecesEmulatorOptions
        {
            Url = parseResult.GetRequiredValue(urls),
            ApiKey = parseResult.GetRequiredValue(apiKey),
            FaultSeed = parseResult.GetValue(faultSeed),
        };
        try
        {
            foreach (var directory in parseResult.GetValue(pieces) ?? [])
            {
                options.AddPiecesFromDirectory(directory);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Failed(parseResult, "--pieces: " + exception.Message);
        }

        return new StandaloneArguments(parseResult, options, error: null);
    }

    /// <summary>Writes the help (options, defaults, examples) to <paramref name="output"/>.</summary>
    /// <returns>The exit code, 0.</returns>
    public int WriteHelp(TextWriter output) => _parseResult.Invoke(new InvocationConfiguration { Output = output });

    private static StandaloneArguments Failed(ParseResult parseResult, string message) =>
        new(parseResult, options: null, $"error: {message.ReplaceLineEndings(" ")} Run '{CommandLine} -- --help' for usage.");

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

    private static Uri? ParseUrl(ArgumentResult result)
    {
        var url = result.Tokens.Single().Value.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return uri;
        }

        result.AddError($"--urls: '{url}' is not an absolute URL.");
        return null;
    }

    private static string? ParseApiKey(ArgumentResult result)
    {
        var key = result.Tokens.Single().Value;
        if (ApiKeyFormat.IsValid(key))
        {
            return key;
        }

        // The message never repeats the rejected value: it may be a real key typed by mistake.
        result.AddError("--api-key: an Activepieces API key is 'sk-' followed by 61 characters from [0-9A-Za-z] (64 characters in total).");
        return null;
    }

    private static int ParseInteger(ArgumentResult result)
    {
        if (int.TryParse(result.Tokens.Single().Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError("--fault-seed needs an integer.");
        return 0;
    }

    private static void ValidateDirectories(OptionResult result)
    {
        foreach (var token in result.Tokens.Where(token => !Directory.Exists(token.Value)))
        {
            result.AddError($"--pieces: the directory '{token.Value}' does not exist.");
        }
    }

    /// <summary>The standard help, then the examples.</summary>
    private sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in Examples)
            {
                output.WriteLine("  " + example);
            }

            return 0;
        }
    }
}
