namespace Activepieces.Emulator;

/// <summary>The command line of the standalone emulator.</summary>
internal static class StandaloneArguments
{
    public const string Usage =
        "Usage: Activepieces.Emulator [--urls http://127.0.0.1:5199] [--api-key sk-<61 alphanumerics>] [--pieces DIR] [--fault-seed N]";

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static ActivepiecesEmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ActivepiecesEmulatorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--urls":
                    var url = Value().Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
                    options.Url = Uri.TryCreate(url, UriKind.Absolute, out var uri)
                        ? uri
                        : throw new ArgumentException($"--urls: '{url}' is not an absolute URL.");
                    break;
                case "--api-key":
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

        return options;
    }
}
