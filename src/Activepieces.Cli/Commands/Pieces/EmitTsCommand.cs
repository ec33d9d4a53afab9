using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.TypeScript;

namespace Activepieces.Cli.Commands.Pieces;

/// <summary>
/// <c>pieces emit-ts [PATH] [--output DIR] [--check]</c>: writes one TypeScript module per <c>[PieceAuth]</c> record of
/// a C# project or folder, read from the syntax without a build, so that a piece finds the connection the backend
/// writes with the same piece name and prefix. <c>--check</c> writes nothing and exits 1 when a module is stale.
/// </summary>
internal static class EmitTsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var path = new Argument<string>("path")
        {
            Description = "The C# project (.csproj) or folder whose [PieceAuth] records to read (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the modules to (default: the current folder).",
            HelpName = "dir",
            DefaultValueFactory = _ => ".",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 when a module in --output is missing, differs from the records, or belongs to a record that is gone (for CI).",
        };

        var command = new ExampleCommand(
            "emit-ts",
            "Write a TypeScript module per [PieceAuth] record (piece name, prefix, fetch{Name}Connection(context)) for the piece that reads the connection the backend writes.",
            "dotnet activepieces pieces emit-ts src/Backend/Backend.csproj --output ../gelato-piece/src/generated",
            "dotnet activepieces pieces emit-ts src/Backend --output ../gelato-piece/src/generated --check")
        {
            path,
            output,
            check,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            environment,
            parseResult.GetValue(path) ?? ".",
            parseResult.GetValue(output) ?? ".",
            parseResult.GetValue(check),
            cancellationToken)));
        return command;
    }

    public static int Run(CliEnvironment environment, string path, string output, bool check, CancellationToken cancellationToken)
    {
        var records = PieceAuthSyntaxReader.Read(environment.ResolvePath(path), path, cancellationToken);
        if (records.Count == 0)
        {
            throw new CliException($"{path}: no [PieceAuth] records found.");
        }

        foreach (var group in records.GroupBy(record => record.ExternalIdPrefix, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            environment.Error.WriteLine($"warning: {string.Join(" and ", group.Select(record => record.TypeName))} share the prefix '{group.Key}' (APC004): their pieces would look up the same connection names.");
        }

        var modules = TypeScriptModuleSet.Create(records);
        var directory = environment.ResolvePath(output);
        if (check)
        {
            var stale = TypeScriptModuleSet.Stale(directory, modules);
            if (stale.Count == 0)
            {
                environment.Out.WriteLine($"{modules.Count} module(s) in {DisplayPath.Of(environment, directory)} are up to date.");
                return ExitCodes.Success;
            }

            foreach (var file in stale)
            {
                environment.Out.WriteLine($"stale: {Path.Combine(DisplayPath.Of(environment, directory), file)}");
            }

            environment.Out.WriteLine($"Run 'dotnet activepieces pieces emit-ts {path} --output {output}' and commit the result.");
            return ExitCodes.Findings;
        }

        Directory.CreateDirectory(directory);
        foreach (var record in records)
        {
            var file = Path.Combine(directory, TypeScriptModuleWriter.FileName(record));
            File.WriteAllText(file, modules[TypeScriptModuleWriter.FileName(record)]);
            environment.Out.WriteLine($"{record.TypeName} ({record.PieceName}, {AuthTypeWireNames.Of(record.AuthType)}, prefix {record.ExternalIdPrefix}) -> {DisplayPath.Of(environment, file)}");
        }

        return ExitCodes.Success;
    }
}
