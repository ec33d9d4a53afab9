using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Output;

namespace Activepieces.Cli.Fleet;

/// <summary>Writes the result of <c>connections audit</c> (and its repair) as a table for people or as JSON for scripts.</summary>
internal static class AuditReportWriter
{
    /// <summary>A table with one row per finding, then a summary line.</summary>
    public static void WriteTable(CliEnvironment environment, ConnectionAudit audit)
    {
        var table = new ReportTable("Kind", "External id", "Row", "Org", "Repair", "Detail");
        foreach (var finding in audit.Findings)
        {
            table.AddRow(finding.Kind.ToString(), finding.ExternalId, finding.ConnectionId ?? "-", finding.ExternalProjectId ?? "-", finding.IsRepairable ? "delete" : "-", finding.Detail);
        }

        table.Write(environment);

        var output = environment.Out;
        var repairable = audit.Findings.Count(f => f.IsRepairable);
        output.WriteLine(
            $"{audit.Connections} connection(s) named {audit.Descriptor.ExternalIdPrefix}* and {audit.Projects} project(s) audited: "
            + $"{audit.Findings.Count} finding(s), {repairable} repairable.");
    }

    /// <summary>The lines that say how the audit read and revalidated, when it did either in a way worth saying.</summary>
    public static void WriteNotes(TextWriter output, ConnectionAudit audit, bool revalidated)
    {
        if (revalidated)
        {
            output.WriteLine($"Revalidated {audit.Revalidated} connection(s) on the server; {audit.RevalidationFailures} got no verdict (the validation failed on the server, or the row was refused or gone).");
        }

        if (audit.UsedPerProjectPass)
        {
            output.WriteLine("The server has no platform-wide connection listing (GET /v1/platform-app-connections, May 2026): the audit listed each project's connections, one request per project.");
        }
    }

    /// <summary>One line per deleted row and a summary line.</summary>
    public static void WriteRepair(TextWriter output, ConnectionRepair repair)
    {
        foreach (var finding in repair.Deleted)
        {
            output.WriteLine($"deleted {finding.Kind} {finding.ExternalId} (row {finding.ConnectionId})");
        }

        output.WriteLine($"Repair: {repair.Deleted.Count} row(s) deleted, {repair.Left.Count} finding(s) left (they need a decision or fresh credentials).");
    }

    /// <summary>
    /// <c>{"connections":N,"projects":N,"findings":[{"kind","externalId","connectionId","externalProjectId","detail"}]}</c>,
    /// plus <c>"repaired":[connectionId…]</c> after a repair, <c>"revalidation":{"revalidated":N,"failures":N}</c> with
    /// revalidation, and <c>"perProjectPass":true</c> when the server had no platform-wide listing.
    /// </summary>
    public static void WriteJson(TextWriter output, ConnectionAudit audit, ConnectionRepair? repair, bool revalidated = false) =>
        ReportJson.Write(output, AuditReport.From(audit, repair, revalidated), ReportJsonContext.Default.AuditReport, indented: false);
}
