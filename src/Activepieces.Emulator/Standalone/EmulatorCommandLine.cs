using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Activepieces.Emulator.Embed;

namespace Activepieces.Emulator.Standalone;

/// <summary>
/// The flags of a standalone emulator, one definition for both hosts: <c>dotnet run --project src/Activepieces.Emulator</c>
/// (<see cref="StandaloneArguments"/>) and <c>dotnet activepieces emulator</c> (the CLI adds them to its command).
/// <c>--urls</c>, <c>--api-key</c>, <c>--pieces DIR</c> (repeatable), <c>--signing-key-id ID --signing-key-pem FILE</c>
/// and <c>--fault-seed</c>. <see cref="Bind"/> turns a parse into an <see cref="EmulatorLaunch"/>; bad input is one line
/// naming the flag, never repeating a key.
/// </summary>
internal sealed class EmulatorCommandLine
{
    /// <summary>Where a standalone emulator listens unless given <c>--urls</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5199";

    /// <summary>What the emulator is, for the command's help.</summary>
    public const string Description =
        "An in-memory emulator of the Activepieces REST API (projects, global and project connections, piece metadata, the worker connection lookup, the embed token exchange). State lives in memory; Ctrl+C stops it. With the public development key it listens on loopback only.";

    /// <summary>The API key rule, as the messages state it.</summary>
    private const string KeyFormat = "'sk-' followed by 61 characters from [0-9A-Za-z] (64 characters in total)";

    /// <summary><c>--urls</c>: the first URL of a <c>;</c>-separated list; port 0 picks a free port.</summary>
    public Option<Uri> Urls { get; } = new("--urls")
    {
        Description = "Where to listen (the first of a ';'-separated list); port 0 picks a free port. A host beyond loopback needs --api-key.",
        HelpName = "URL",
        DefaultValueFactory = _ => new Uri(DefaultUrl),
        CustomParser = ParseUrl,
    };

    /// <summary><c>--api-key</c>: the key clients must send; default the public <see cref="ActivepiecesEmulatorOptions.DevelopmentApiKey"/>.</summary>
    public Option<string> ApiKey { get; } = new("--api-key")
    {
        Description = "The API key clients send as 'Authorization: Bearer KEY': " + KeyFormat + ". The default is public: loopback only.",
        HelpName = "KEY",
        DefaultValueFactory = _ => ActivepiecesEmulatorOptions.DevelopmentApiKey,
        CustomParser = ParseApiKey,
    };

    /// <summary><c>--pieces</c>: directories whose <c>*.piece.json</c> files are served.</summary>
    public Option<string[]> Pieces { get; } = new("--pieces")
    {
        Description = "Serve every *.piece.json file of DIR (the GET /api/v1/pieces/NAME shape, as 'dotnet activepieces pieces pull' writes it); repeatable.",
        HelpName = "DIR",
    };

    /// <summary><c>--signing-key-id</c>: the <c>kid</c> of the embed signing key.</summary>
    public Option<string> SigningKeyId { get; } = new("--signing-key-id")
    {
        Description = "The key id (the JWT 'kid') of a platform signing key for the embed token exchange; needs --signing-key-pem.",
        HelpName = "ID",
    };

    /// <summary><c>--signing-key-pem</c>: the file holding the RSA public key of the signing key.</summary>
    public Option<string> SigningKeyPem { get; } = new("--signing-key-pem")
    {
        Description = "A PEM file with the RSA public key that verifies embed tokens signed with --signing-key-id (only its public part is read).",
        HelpName = "FILE",
    };

    /// <summary><c>--fault-seed</c>: the seed of probabilistic fault rules.</summary>
    public Option<int> FaultSeed { get; } = new("--fault-seed")
    {
        Description = "The seed of probabilistic fault rules.",
        HelpName = "N",
        CustomParser = ParseInteger,
    };

    /// <summary>Usage examples, each starting with <paramref name="command"/> (how the host is started, flags following).</summary>
    /// <param name="command">E.g. <c>dotnet activepieces emulator</c>.</param>
    /// <returns>Complete command lines.</returns>
    public static string[] Examples(string command) =>
    [
        command,
        command + " --pieces pieces --urls http://127.0.0.1:8080",
        command + " --urls http://127.0.0.1:0 --fault-seed 7",
        command + " --pieces pieces --signing-key-id my-key --signing-key-pem signing-key.pub.pem",
        command + " --urls http://0.0.0.0:5199 --api-key sk-…",
    ];

    /// <summary>Adds the flags to <paramref name="command"/>.</summary>
    /// <param name="command">The host's command.</param>
    public void AddTo(Command command)
    {
        command.Options.Add(Urls);
        command.Options.Add(ApiKey);
        command.Options.Add(Pieces);
        command.Options.Add(SigningKeyId);
        command.Options.Add(SigningKeyPem);
        command.Options.Add(FaultSeed);
    }

    /// <summary>
    /// The launch of a parse without errors: reads the <c>--pieces</c> directories and the <c>--signing-key-pem</c>
    /// file, and applies the loopback rule (the public development key never serves beyond loopback).
    /// </summary>
    /// <param name="parseResult">A parse of a command these flags were added to.</param>
    /// <param name="workingDirectory">The directory relative paths start from.</param>
    /// <returns>The launch, with its warnings.</returns>
    /// <exception cref="EmulatorStartupException">A flag's value cannot be used; the message names the flag.</exception>
    public EmulatorLaunch Bind(ParseResult parseResult, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var url = parseResult.GetRequiredValue(Urls);
        var apiKey = parseResult.GetRequiredValue(ApiKey);
        if (apiKey == ActivepiecesEmulatorOptions.DevelopmentApiKey && !url.IsLoopback)
        {
            throw new EmulatorStartupException(
                $"--urls {url.GetLeftPart(UriPartial.Authority)} listens beyond loopback, and the development API key is public: pass --api-key with a key of your own ({KeyFormat}), or listen on 127.0.0.1.");
        }

        var options = new ActivepiecesEmulatorOptions
        {
            Url = url,
            ApiKey = apiKey,
            FaultSeed = parseResult.GetValue(FaultSeed),
        };
        var warnings = new List<string>();
        foreach (var directory in parseResult.GetValue(Pieces) ?? [])
        {
            var path = Path.GetFullPath(directory, workingDirectory);
            if (!Directory.Exists(path))
            {
                throw new EmulatorStartupException($"--pieces: the directory '{directory}' does not exist.");
            }

            var before = options.Pieces.Count;
            try
            {
                options.AddPiecesFromDirectory(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new EmulatorStartupException($"--pieces: cannot read '{directory}' ({exception.Message}).", exception);
            }

            if (options.Pieces.Count == before)
            {
                warnings.Add($"--pieces: '{directory}' holds no *.piece.json file (write them with 'dotnet activepieces pieces pull NAME --output {directory}').");
            }
        }

        if (SigningKey(parseResult, workingDirectory) is { } signingKey)
        {
            options.SigningKeys.Add(signingKey);
        }

        return new EmulatorLaunch(options, warnings);
    }

    private EmbedSigningKey? SigningKey(ParseResult parseResult, string workingDirectory)
    {
        var keyId = parseResult.GetValue(SigningKeyId);
        var pemFile = parseResult.GetValue(SigningKeyPem);
        if (keyId is null && pemFile is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(keyId) || string.IsNullOrWhiteSpace(pemFile))
        {
            throw new EmulatorStartupException("--signing-key-id and --signing-key-pem go together: the key id that embed tokens name in 'kid', and the PEM file of its RSA public key.");
        }

        string pem;
        try
        {
            pem = File.ReadAllText(Path.GetFullPath(pemFile, workingDirectory));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new EmulatorStartupException($"--signing-key-pem: cannot read '{pemFile}' ({exception.Message}).", exception);
        }

        try
        {
            return EmbedSigningKey.FromPem(keyId, pem);
        }
        catch (ArgumentException exception)
        {
            // The file's text is never repeated: it may be a private key given by mistake.
            throw new EmulatorStartupException($"--signing-key-pem: '{pemFile}' holds no PEM-encoded RSA key (-----BEGIN PUBLIC KEY-----).", exception);
        }
    }

    private static Uri? ParseUrl(ArgumentResult result)
    {
        var url = result.Tokens.Single().Value.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            result.AddError($"--urls: '{url}' is not an absolute URL.");
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp)
        {
            result.AddError($"--urls: '{url}' is not an http:// URL (the emulator serves plain http).");
            return null;
        }

        return uri;
    }

    private static string? ParseApiKey(ArgumentResult result)
    {
        var key = result.Tokens.Single().Value;
        if (ApiKeyFormat.IsValid(key))
        {
            return key;
        }

        // The message never repeats the rejected value: it may be a real key typed by mistake.
        result.AddError("--api-key: an Activepieces API key is " + KeyFormat + ".");
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
}
