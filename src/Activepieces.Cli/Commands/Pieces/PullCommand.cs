using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Instance;
using Activepieces.Cli.Output;
using Activepieces.Cli.Pieces;

namespace Activepieces.Cli.Commands.Pieces;

/// <summary>
/// <c>pieces pull &lt;piece&gt;... [--version V] [--output DIR]</c>: writes each piece's metadata as
/// <c>{DIR}/{short}.piece.json</c>, with the version the instance answered. Each piece is reported on its own line; one
/// failure does not stop the others, and any failure makes the exit code <see cref="ExitCodes.Error"/>.
/// </summary>
internal static class PullCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var pieces = new Argument<string[]>("piece")
        {
            Description = "Pieces to pull: gelato, piece-gelato or @activepieces/piece-gelato.",
            Arity = ArgumentArity.OneOrMore,
        };
        var version = new Option<string>("--version")
        {
            Description = "The piece version to pull (default: the latest the instance has).",
            HelpName = "version",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The directory to write {piece}.piece.json files to.",
            HelpName = "dir",
            DefaultValueFactory = _ => "pieces",
        };

        var command = new ExampleCommand(
            "pull",
            "Download piece metadata into {piece}.piece.json files that the analyzers check your [PieceAuth] records against.",
            "dotnet activepieces pieces pull @activepieces/piece-mysql",
            "dotnet activepieces pieces pull mysql postgres slack --output src/Backend/pieces",
            "dotnet activepieces pieces pull mysql --version 0.2.7 --instance https://activepieces.example.com")
        {
            pieces,
            version,
            output,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            instance.Resolve(parseResult, environment, apiKeyRequired: false),
            parseResult.GetRequiredValue(pieces),
            parseResult.GetValue(version),
            parseResult.GetValue(output) ?? "pieces",
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        CliEnvironment environment,
        InstanceSettings settings,
        IReadOnlyList<string> pieces,
        string? version,
        string output,
        CancellationToken cancellationToken)
    {
        var directory = environment.ResolvePath(output);
        using var client = new PieceMetadataClient(settings);
        var outcomes = await WorkProgress.RunAsync(environment, $"Pulling {pieces.Count} piece(s)", pieces.Count, async step =>
        {
            var pulled = new List<PullOutcome>();
            foreach (var text in pieces)
            {
                pulled.Add(await PullAsync(environment, client, text, version, directory, cancellationToken).ConfigureAwait(false));
                step(text);
            }

            return pulled;
        }).ConfigureAwait(false);

        // Written after the progress display is gone, in the order of the arguments.
        foreach (var outcome in outcomes)
        {
            if (outcome.Failure is { } failure)
            {
                FailureTranslator.Report(environment.Error, failure);
            }
            else
            {
                environment.Out.WriteLine(outcome.Line);
            }
        }

        var failures = outcomes.Count(o => o.Failure is not null);
        if (pieces.Count > 1)
        {
            environment.Out.WriteLine($"{pieces.Count - failures} of {pieces.Count} piece(s) pulled.");
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.Error;
    }

    private static async Task<PullOutcome> PullAsync(
        CliEnvironment environment,
        PieceMetadataClient client,
        string text,
        string? version,
        string directory,
        CancellationToken cancellationToken)
    {
        try
        {
            var name = PieceName.Parse(text);
            var metadata = await client.GetAsync(name.FullName, string.IsNullOrWhiteSpace(version) ? null : version.Trim(), cancellationToken).ConfigureAwait(false);
            var path = Path.Combine(directory, name.ShortName + PieceFile.Suffix);
            PieceFile.Write(path, metadata);
            var auths = metadata.Auths.Count == 0 ? "no auth" : "auth: " + string.Join(", ", metadata.Auths.Select(a => a.Type));
            return new PullOutcome($"Pulled {metadata.Name} {metadata.Version} ({auths}) -> {DisplayPath.Of(environment, path)}", null);
        }
        catch (CliException exception)
        {
            return new PullOutcome(null, exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new PullOutcome(null, FailureTranslator.Translate(exception, $"{text}: cannot write to {DisplayPath.Of(environment, directory)}", instance: null));
        }
    }

    /// <summary>What pulling one piece printed: the written file, or the failure.</summary>
    private sealed record PullOutcome(string? Line, CliException? Failure);
}
