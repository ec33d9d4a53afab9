using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Drift;
using Activepieces.Cli.Instance;
using Activepieces.Cli.Output;
using Activepieces.Cli.Pieces;
using Activepieces.Metadata;

namespace Activepieces.Cli.Commands.Pieces;

/// <summary>
/// <c>pieces check [--dir DIR] [--update] [--json]</c>: fetches the current metadata of every <c>*.piece.json</c> in
/// DIR and reports how each piece's auth drifted. Exit 1 on breaking drift, 2 when a file could not be checked, else 0.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "The directory holding the *.piece.json files.",
            HelpName = "dir",
            DefaultValueFactory = _ => "pieces",
        };
        var update = new Option<bool>("--update")
        {
            Description = "Rewrite each drifted file with the instance's current metadata (then rebuild: the analyzers flag what the records must change).",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the report as JSON (for CI).",
        };

        var command = new ExampleCommand(
            "check",
            "Compare each *.piece.json with the instance's current metadata and report auth drift. Exit code 1 on breaking drift.",
            "dotnet activepieces pieces check",
            "dotnet activepieces pieces check --dir src/Backend/pieces --json",
            "dotnet activepieces pieces check --update")
        {
            dir,
            update,
            json,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            instance.Resolve(parseResult, environment, apiKeyRequired: false),
            parseResult.GetValue(dir) ?? "pieces",
            parseResult.GetValue(update),
            parseResult.GetValue(json),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        CliEnvironment environment,
        InstanceSettings settings,
        string dir,
        bool update,
        bool json,
        CancellationToken cancellationToken)
    {
        var directory = environment.ResolvePath(dir);
        if (!Directory.Exists(directory))
        {
            throw new CliException($"{dir}: no such directory (pull pieces first: dotnet activepieces pieces pull <piece>).");
        }

        var files = Directory.GetFiles(directory, "*" + PieceFile.Suffix).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new CliException($"{dir}: no *{PieceFile.Suffix} files to check.");
        }

        using var client = new PieceMetadataClient(settings);
        var results = await WorkProgress.RunAsync(environment, $"Checking {files.Count} piece file(s)", files.Count, async step =>
        {
            var checkedFiles = new List<PieceCheckResult>();
            foreach (var path in files)
            {
                checkedFiles.Add(await CheckAsync(environment, client, path, update, cancellationToken).ConfigureAwait(false));
                step(Path.GetFileName(path));
            }

            return checkedFiles;
        }).ConfigureAwait(false);

        if (json)
        {
            DriftReportWriter.WriteJson(environment.Out, results);
        }
        else
        {
            DriftReportWriter.WriteTable(environment, results);
            if (!update && results.Any(r => r.Findings.Count > 0))
            {
                environment.Out.WriteLine("Run with --update to rewrite the drifted files, then build: the analyzers point at what each record must change.");
            }
        }

        return results.Any(r => r.Error is not null) ? ExitCodes.Error
            : results.Any(r => r.HasBreakingDrift) ? ExitCodes.Findings
            : ExitCodes.Success;
    }

    private static async Task<PieceCheckResult> CheckAsync(CliEnvironment environment, PieceMetadataClient client, string path, bool update, CancellationToken cancellationToken)
    {
        var display = DisplayPath.Of(environment, path);
        PieceDefinition pulled;
        try
        {
            pulled = PieceFile.Read(path);
        }
        catch (CliException exception)
        {
            return new PieceCheckResult(display, null, null, null, [], FailureTranslator.OneLine(exception.Message));
        }

        try
        {
            var metadata = await client.GetAsync(pulled.Name, version: null, cancellationToken).ConfigureAwait(false);
            var current = PieceFile.Parse(display, PieceFile.Format(metadata));
            var findings = AuthDriftDetector.Compare(pulled.Auths, current.Auths);
            var updated = false;
            if (update && (findings.Count > 0 || metadata.Version != pulled.Version))
            {
                PieceFile.Write(path, metadata);
                updated = true;
            }

            return new PieceCheckResult(display, pulled.Name, pulled.Version, metadata.Version, findings, Updated: updated);
        }
        catch (CliException exception)
        {
            return new PieceCheckResult(display, pulled.Name, pulled.Version, null, [], FailureTranslator.OneLine(exception.Message));
        }
    }
}
