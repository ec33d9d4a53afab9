using Activepieces.Cli.Output;

namespace Activepieces.Cli.Fleet;

/// <summary>Writes the result of <c>connections audit</c> (and its repair) as a table for people or as JSON for scripts.</summary>
internal static class AuditReportWriter
{
    private static readonly string[] Headers = ["Kind", "External id", "Row", "Org", "Repair", "Detail"];

    /// <summary>A table with one row per finding, then a summary line.</summary>
    public static void WriteTable(TextWriter output, ConnectionAudit audit)
    {
        var rows = audit.Findings
            .Select(f => new[] { f.Kind.ToString(), f.ExternalId, f.ConnectionId ?? "-", f.ExternalProjectId ?? "-", f.IsRepairable ? "delete" : "-", f.Detail })
            .ToList();
        if (rows.Count > 0)
        {
            var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
            WriteRow(output, Headers, widths);
            WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
            foreach (var row in rows)
            {
                WriteRow(output, row, widths);
            }

            output.WriteLine();
        }

        var repairable = audit.Findings.Count(f => f.IsRepairable);
        output.WriteLine(
            $"{audit.Connections} connection(s) named {audit.Descriptor.ExternalIdPrefix}* and {audit.Projects} project(s) audited: "
            + $"{audit.Findings.Count} finding(s), {repairable} repairable.");
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
    /// plus <c>"repaired":[connectionId…]</c> after a repair.
    /// </summary>
    public static void WriteJson(TextWriter output, ConnectionAudit audit, ConnectionRepair? repair) =>
        ReportJson.Write(output, AuditReport.From(audit, repair), ReportJsonContext.Default.AuditReport, indented: false);

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((cell, i) => i == cells.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
}
