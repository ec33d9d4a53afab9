using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Instance;

namespace Activepieces.Cli.Commands.Connections;

/// <summary><c>connections</c>: the fleet commands (<c>audit</c>, <c>doctor</c>); they need an API key.</summary>
internal static class ConnectionsCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var command = new ExampleCommand(
            "connections",
            "Inspect a piece's predefined connections across the fleet: audit (and repair) what the server holds, explain why one org's connection does not resolve. Needs an API key.",
            "dotnet activepieces connections audit --piece gelato",
            "dotnet activepieces connections doctor org_42 --piece gelato");
        command.Subcommands.Add(AuditCommand.Create(instance, environment));
        command.Subcommands.Add(DoctorCommand.Create(instance, environment));
        return command;
    }
}
