namespace Activepieces.Emulator;

/// <summary>The command line of the standalone emulator, parsed.</summary>
internal sealed class StandaloneArguments
{
    /// <summary>Where the standalone emulator listens unless given <c>--urls</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5199";

    public const string Usage =
        $"""
        Usage: dotnet run --project src/Activepieces.Emulator -- [options]

        An in-memory emulator of the Activepieces REST API (projects, global and project connections, piece metadata,
        the worker connection lookup, the embed token exchange). State lives in memory; Ctrl+C stops it.

        Options:
          --urls URL        Where to listen (default {DefaultUrl}; port 0 picks a free port).
          --api-key KEY     The API key clients send as 'Authorization: Bearer KEY': 'sk-' + 61 characters from
                            [0-9A-Za-z]. Default: the fixed development key
                            {ActivepiecesEmulatorOptions.DevelopmentApiKey}
          --pieces DIR      Serve every *.piece.json file of DIR (GET /api/v1/pieces/NAME shape).
          --fault-seed N    The seed of probabilistic fault rules.
          -h, --help        Print this help and exit.
        """;

    private StandaloneArguments(bool showHelp, ActivepiecesEmulatorOptions options)
    {
        ShowHelp = showHelp;
        Options = options;
    }

    /// <summary>Whether <c>--help</c> (or <c>-h</c>) was given: print <see cref="Usage"/> and exit 0.</summary>
    public bool ShowHelp { get; }

    /// <summary>The emulator options: <see cref="DefaultUrl"/> and the development key unless the arguments say otherwise.</summary>
    public ActivepiecesEmulatorOptions Options { get; }

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static StandaloneArguments Parse(IReadOnlyList<string> args)
    {
        var options = new ActivepiecesEmulatorOptions
        {
            Url = new Uri(DefaultUrl),
            ApiKey = ActivepiecesEmulatorOptions.DevelopmentApiKey,
        };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "-h" or "--help" or "-?":
                    return new StandaloneArguments(showHelp: true, options);
                case "--urls":
                    var url = Value().Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
                    options.Url = Uri.TryCreate(url, UriKind.Absolute, out var uri)
                        ? uri
                        : throw new ArgumentException($"--urls: '{url}' is not an absolute URL.");
                    break;
                case "--api-key":
                    // The message never repeats the rejected value: it may be a real key typed by mistake.
                    var key = Value();
                    options.ApiKey = ApiKeyFormat.IsValid(key)
                        ? key
                        : throw new ArgumentException("--api-key: an Activepieces API key is 'sk-' followed by 61 characters from [0-9A-Za-z] (64 characters in total).");
                    break;
                case "--pieces":
                    options.AddPiecesFromDirectory(Value());
                    break;
                case "--fault-seed":
                    options.FaultSeed = int.TryParse(Value(), System.Globalization.CultureInfo.InvariantCulture, out var seed)
                        ? seed
                        : throw new ArgumentException("--fault-seed needs an integer.");
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'.");
            }
        }

        return new StandaloneArguments(showHelp: false, options);
    }
}
