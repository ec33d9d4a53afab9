using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Instance;
using Activepieces.Cli.PieceBuild;
using Activepieces.Cli.Output;
using Activepieces.Cli.Pieces;

namespace Activepieces.Cli.Commands.Pieces;

/// <summary>
/// <c>pieces pull &lt;piece&gt;... [--version V] [--output DIR]</c>: writes each piece's metadata as
/// <c>{DIR}/{short}.piece.json</c>, with the version the instance answered. Each piece is reported on its own line; one
/// failure does not stop the others, and any failure makes the exit code <see cref="ExitCodes.Error"/>.
/// <c>pieces pull --from PATH [--export NAME] [--output DIR]</c> writes the same file from the piece's own build (see
/// <see cref="PieceBuildReader"/>), so the analyzers check a record against a piece before it is published.
/// </summary>
internal static class PullCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var pieces = new Argument<string[]>("piece")
        {
            Description = "Pieces to pull: gelato, piece-gelato or @activepieces/piece-gelato.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var from = new Option<string>("--from")
        {
            Description = "Read the metadata from the piece's own build instead of an instance: its package folder (with package.json) or the .tgz of npm pack. Runs node.",
            HelpName = "path",
        };
        var export = new Option<string>("--export")
        {
            Description = "With --from: the export holding the Piece, when the package exports more than one.",
            HelpName = "name",
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
            "dotnet activepieces pieces pull mysql --version 0.2.7 --instance https://activepieces.example.com",
            "dotnet activepieces pieces pull --from ../gelato-piece --output pieces",
            "dotnet activepieces pieces pull --from dist/acme-piece-billing-0.3.0.tgz --export billing")
        {
            pieces,
            version,
            output,
            from,
            export,
        };
        // Usage errors, reported with the parse errors: pieces from an instance, or one piece from its build.
        command.Validators.Add(result =>
        {
            var named = result.GetValue(pieces) is { Length: > 0 };
            if (result.GetValue(from) is not null)
            {
                if (named || result.GetValue(version) is not null)
                {
                    result.AddError("--from reads one piece from its build: give either piece names (and --version) or --from, not both.");
                }
            }
            else if (result.GetValue(export) is not null)
            {
                result.AddError("--export chooses the piece of a --from build; give --from PATH too.");
            }
            else if (!named)
            {
                result.AddError("give at least one piece to pull (e.g. mysql), or --from PATH to read a piece's own build.");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = parseResult.GetValue(output) ?? "pieces";
            return parseResult.GetValue(from) is { } build
                ? RunFromBuildAsync(environment, build, parseResult.GetValue(export), directory, cancellationToken)
                : RunAsync(environment, instance.Resolve(parseResult, environment, apiKeyRequired: false), parseResult.GetValue(pieces) ?? [], parseResult.GetValue(version), directory, cancellationToken);
        });
        return command;
    }

    /// <summary>Writes the <c>*.piece.json</c> of the piece built at <paramref name="from"/>.</summary>
    public static async Task<int> RunFromBuildAsync(CliEnvironment environment, string from, string? exportName, string output, CancellationToken cancellationToken)
    {
        var metadata = await PieceBuildReader.ReadAsync(environment, from, exportName, cancellationToken).ConfigureAwait(false);
        environment.Out.WriteLine(Write(environment, environment.ResolvePath(output), PieceName.Parse(metadata.Name), metadata, PieceFile.Parse(from, PieceFile.Format(metadata)).Auths.Select(auth => auth.Type)));
        return ExitCodes.Success;
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

    /// <summary>Writes the piece's file into <paramref name="directory"/>; returns the line that reports it.</summary>
    private static string Write(CliEnvironment environment, string directory, PieceName name, PieceMetadata metadata, IEnumerable<string> authTypes)
    {
        var path = Path.Combine(directory, name.ShortName + PieceFile.Suffix);
        PieceFile.Write(path, metadata);
        var types = authTypes.ToList();
        var auths = types.Count == 0 ? "no auth" : "auth: " + string.Join(", ", types);
        return $"Pulled {metadata.Name} {metadata.Version} ({auths}) -> {DisplayPath.Of(environment, path)}";
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
            return new PullOutcome(Write(environment, directory, name, metadata, metadata.Auths.Select(auth => auth.Type)), null);
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
