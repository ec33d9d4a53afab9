using System.Collections.Immutable;
using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Instance;
using Activepieces.Cli.Pieces;
using Activepieces.Cli.Scaffolding;
using Activepieces.Metadata;

namespace Activepieces.Cli.Commands.Pieces;

/// <summary>
/// <c>pieces scaffold &lt;piece | file.piece.json&gt; [--auth TYPE] [--name T] [--namespace NS] [--prefix P] [--output FILE|DIR]</c>:
/// writes the <c>[PieceAuth]</c> record of one auth of a piece (see <see cref="RecordScaffolder"/>).
/// </summary>
internal static class ScaffoldCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var source = new Argument<string>("piece")
        {
            Description = "A *.piece.json file (from 'pieces pull'), or a piece name to fetch from the instance.",
        };
        var auth = new Option<string>("--auth")
        {
            Description = "The auth to scaffold, by wire name: SECRET_TEXT, BASIC_AUTH, CUSTOM_AUTH, OIDC, OAUTH2, CLOUD_OAUTH2, PLATFORM_OAUTH2. Required when the piece has several.",
            HelpName = "type",
        };
        var name = new Option<string>("--name")
        {
            Description = "The record's name (default: {Piece}Connection).",
            HelpName = "TypeName",
        };
        var ns = new Option<string>("--namespace")
        {
            Description = $"The record's namespace (default: {RecordScaffolder.DefaultNamespace}).",
            HelpName = "NS",
        };
        var prefix = new Option<string>("--prefix")
        {
            Description = "The ExternalIdPrefix of the connections (default: derived from the piece name, e.g. mysql_).",
            HelpName = "P",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "A .cs file, a directory (gets {TypeName}.cs), or - for stdout (default: {TypeName}.cs in the current directory).",
            HelpName = "FILE|DIR",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite an existing file.",
        };

        var command = new ExampleCommand(
            "scaffold",
            "Write a typed [PieceAuth] record for one auth of a piece, ready for Create/Ensure…ConnectionAsync.",
            "dotnet activepieces pieces scaffold pieces/mysql.piece.json --namespace Acme.Connections --output Connections/",
            "dotnet activepieces pieces scaffold pieces/slack.piece.json --auth CUSTOM_AUTH --name SlackBotToken",
            "dotnet activepieces pieces scaffold square --auth CLOUD_OAUTH2 --output -")
        {
            source,
            auth,
            name,
            ns,
            prefix,
            output,
            force,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var metadata = await LoadAsync(environment, instance, parseResult, parseResult.GetRequiredValue(source), cancellationToken).ConfigureAwait(false);
            var selection = AuthSelection.Select(metadata.Name, metadata.Auths, parseResult.GetValue(auth));
            var request = new ScaffoldRequest(
                metadata.Name,
                metadata.Version,
                metadata.DisplayName,
                selection,
                TypeName: NullIfBlank(parseResult.GetValue(name)),
                Namespace: NullIfBlank(parseResult.GetValue(ns)),
                ExternalIdPrefix: NullIfBlank(parseResult.GetValue(prefix)),
                MultipleAuths: metadata.Auths.Length > 1,
                MetadataFile: metadata.FromFile ? DisplayPath.Of(environment, metadata.Path).Replace('\\', '/') : null);
            var record = RecordScaffolder.Scaffold(request);
            Write(environment, record, parseResult.GetValue(output), parseResult.GetValue(force));
            if (!metadata.FromFile)
            {
                environment.Error.WriteLine($"Tip: run 'dotnet activepieces pieces pull {metadata.Name}' so the analyzers check {record.TypeName} at every build.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<ScaffoldSource> LoadAsync(
        CliEnvironment environment,
        InstanceOptions instance,
        ParseResult parseResult,
        string source,
        CancellationToken cancellationToken)
    {
        var path = environment.ResolvePath(source);
        if (source.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(path))
        {
            if (!File.Exists(path))
            {
                throw new CliException($"{source}: no such file.");
            }

            var file = PieceFile.Read(path);
            return new ScaffoldSource(file.Name, file.Version, file.DisplayName, file.Auths, path, FromFile: true);
        }

        var pieceName = PieceName.Parse(source);
        using var client = new PieceMetadataClient(instance.Resolve(parseResult, environment, apiKeyRequired: false));
        var metadata = await client.GetAsync(pieceName.FullName, version: null, cancellationToken).ConfigureAwait(false);
        var fetched = PieceFile.Parse(metadata.Name, PieceFile.Format(metadata));
        return new ScaffoldSource(fetched.Name, fetched.Version, fetched.DisplayName, fetched.Auths, source, FromFile: false);
    }

    private static void Write(CliEnvironment environment, ScaffoldedRecord record, string? output, bool force)
    {
        if (output == "-")
        {
            environment.Out.Write(record.Source);
            return;
        }

        var target = environment.ResolvePath(string.IsNullOrWhiteSpace(output) ? "." : output);
        var path = target.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? target : Path.Combine(target, record.TypeName + ".cs");
        if (File.Exists(path) && !force)
        {
            throw new CliException($"{DisplayPath.Of(environment, path)} already exists; pass --force to overwrite it.");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, record.Source);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw FailureTranslator.Translate(exception, $"cannot write {DisplayPath.Of(environment, path)}", instance: null);
        }

        environment.Out.WriteLine($"Scaffolded {record.TypeName} ({record.MemberCount} member(s)) -> {DisplayPath.Of(environment, path)}");
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record ScaffoldSource(
        string Name,
        string? Version,
        string? DisplayName,
        ImmutableArray<PieceAuthDefinition> Auths,
        string Path,
        bool FromFile);
}
