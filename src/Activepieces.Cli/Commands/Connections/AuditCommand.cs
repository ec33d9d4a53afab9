using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Fleet;
using Activepieces.Cli.Instance;
using Activepieces.Cli.Output;

namespace Activepieces.Cli.Commands.Connections;

/// <summary>
/// <c>connections audit --piece NAME [--prefix P] [--json] [--repair] [--revalidate]</c>: audits the piece's global
/// connections (orphans, duplicates, mismatches, wrong piece, inactive, shadowed, and with <c>--revalidate</c> rejected
/// credentials). Exit 1 when there are findings (after <c>--repair</c>: when
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

        var revalidate = new Option<bool>("--revalidate")
        {
            Description = "Also have the server check each connection's credentials again (one request each, servers from 0.86.3) and report the ones the piece rejects as InvalidCredentials. Sets each row's status to what the check found.",
        };

        var command = new ExampleCommand(
            "audit",
            "Audit a piece's global connections: rows of deleted projects that still hold credentials, duplicates, rows listing another org's project, another piece's rows, rows in ERROR, shadowing placeholders. Exit code 1 when there are findings.",
            "dotnet activepieces connections audit --piece gelato",
            "dotnet activepieces connections audit --piece gelato --json",
            "dotnet activepieces connections audit --piece gelato --repair",
            "dotnet activepieces connections audit --piece gelato --revalidate",
            "dotnet activepieces connections audit --piece gelato --prefix acme_gelato_");
        target.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(repair);
        command.Options.Add(revalidate);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            instance.Resolve(parseResult, environment, apiKeyRequired: true),
            target.Resolve(parseResult),
            parseResult.GetValue(json),
            parseResult.GetValue(repair),
            parseResult.GetValue(revalidate),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        CliEnvironment environment,
        InstanceSettings settings,
        PredefinedConnectionDescriptor descriptor,
        bool json,
        bool repair,
        bool revalidate,
        CancellationToken cancellationToken)
    {
        using var client = new ConnectionsClient(settings);
        var audit = await WorkProgress.RunAsync(
            environment,
            revalidate
                ? $"Auditing and revalidating {descriptor.ExternalIdPrefix}* connections of {descriptor.PieceName}"
                : $"Auditing {descriptor.ExternalIdPrefix}* connections of {descriptor.PieceName}",
            () => client.AuditAsync(descriptor, new AuditOptions { Revalidate = revalidate }, cancellationToken)).ConfigureAwait(false);

        var repairable = audit.Findings.Count(f => f.IsRepairable);
        var repaired = repair && repairable > 0
            ? await WorkProgress.RunAsync(environment, $"Repairing {repairable} row(s)", () => client.RepairAsync(audit, cancellationToken)).ConfigureAwait(false)
            : repair ? new ConnectionRepair([], [.. audit.Findings]) : null;

        if (json)
        {
            AuditReportWriter.WriteJson(environment.Out, audit, repaired, revalidate);
        }
        else
        {
            AuditReportWriter.WriteTable(environment, audit);
            AuditReportWriter.WriteNotes(environment.Out, audit, revalidate);
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
