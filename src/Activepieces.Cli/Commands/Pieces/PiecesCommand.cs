using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Instance;

namespace Activepieces.Cli.Commands.Pieces;

/// <summary><c>pieces</c>: the piece metadata commands (<c>pull</c>, <c>scaffold</c>, <c>check</c>, <c>emit-ts</c>).</summary>
internal static class PiecesCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var command = new ExampleCommand(
            "pieces",
            "Work with piece metadata: pull it into *.piece.json files (from an instance or the piece's own build), scaffold [PieceAuth] records from it, check it for drift, emit the TypeScript helper a piece uses to find the connection.",
            "dotnet activepieces pieces pull mysql",
            "dotnet activepieces pieces scaffold pieces/mysql.piece.json --namespace Acme.Connections",
            "dotnet activepieces pieces check --dir pieces",
            "dotnet activepieces pieces emit-ts src/Backend --output ../my-piece/src/generated --check");
        command.Subcommands.Add(PullCommand.Create(instance, environment));
        command.Subcommands.Add(ScaffoldCommand.Create(instance, environment));
        command.Subcommands.Add(CheckCommand.Create(instance, environment));
        command.Subcommands.Add(EmitTsCommand.Create(environment));
        return command;
    }
}
