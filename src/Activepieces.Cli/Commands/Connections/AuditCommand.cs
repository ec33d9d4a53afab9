using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Fleet;
using Activepieces.Cli.Instance;
using Activepieces.Cli.Output;

namespace Activepieces.Cli.Commands.Connections;

/// <summary>
/// <c>connections audit --piece NAME [--prefix P] [--json] [--repair]</c>: audits the piece's global connections (orphans,
/// duplicates, mismatches, wrong piece, inactive, shadowed). Exit 1 when there are findings (after <c>--repair</c>: when
/// findings are left), 2 on errors, else 0.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var target = new ConnectionTarget();
        var json = new Option<bool>("--json")
        {
            Description = "Print {\"connections\":N,\"projects\":N,\"findings\":[…]} (with --repair also \"repaired\":[row ids]).",
        };
        var repair = new Option<bool>("--repair")
        {
            Description = "Delete orphaned rows, stale duplicates and shadowing placeholders, and print what was deleted.",
        };

        var command = new ExampleCommand(
            "audit",
            "Audit a piece's global connections: rows of deleted projects that still hold credentials, duplicates, rows listing another org's project, another piece's rows, rows in ERROR, shadowing placeholders. Exit code 1 when there are findings.",
            "dotnet activepieces connections audit --piece gelato",
            "dotnet activepieces connections audit --piece gelato --json",
            "dotnet activepieces connections audit --piece gelato --repair",
            "dotnet activepieces connections audit --piece gelato --prefix acme_gelato_");
        target.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(repair);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            instance.Resolve(parseResult, environment, apiKeyRequired: true),
            target.Resolve(parseResult),
            parseResult.GetValue(json),
            parseResult.GetValue(repair),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        CliEnvironment environment,
        InstanceSettings settings,
        PredefinedConnectionDescriptor descriptor,
        bool json,
        bool repair,
        CancellationToken cancellationToken)
    {
        using var client = new ConnectionsClient(settings);
        var audit = await WorkProgress.RunAsync(
            environment,
            $"Auditing {descriptor.ExternalIdPrefix}* connections of {descriptor.PieceName}",
            () => client.AuditAsync(descriptor, cancellationToken)).ConfigureAwait(false);

        var repairable = audit.Findings.Count(f => f.IsRepairable);
        var repaired = repair && repairable > 0
            ? await WorkProgress.RunAsync(environment, $"Repairing {repairable} row(s)", () => client.RepairAsync(audit, cancellationToken)).ConfigureAwait(false)
            : repair ? new ConnectionRepair([], [.. audit.Findings]) : null;

        if (json)
        {
            AuditReportWriter.WriteJson(environment.Out, audit, repaired);
        }
        else
        {
            AuditReportWriter.WriteTable(environment, audit);
            if (repaired is not null)
            {
                AuditReportWriter.WriteRepair(environment.Out, repaired);
            }
            else if (repairable > 0)
            {
                environment.Out.WriteLine("Run with --repair to delete the repairable rows.");
            }
        }

        var left = repaired?.Left.Count ?? audit.Findings.Count;
        return left > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
