using Activepieces.Cli.Output;

namespace Activepieces.Cli.Drift;

/// <summary>Writes the results of <c>pieces check</c> as a table for people or as JSON for CI.</summary>
internal static class DriftReportWriter
{
    private static readonly string[] Headers = ["Piece", "Auth", "Prop", "Change", "Detail", "Breaking"];

    /// <summary>A table with one row per finding (naming the piece and prop), then a line per piece without drift or with an error, then a summary.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<PieceCheckResult> results)
    {
        var rows = results
            .Where(r => r.Error is null)
            .SelectMany(r => r.Findings.Select(f => new[]
            {
                r.Piece ?? r.File, f.AuthType, f.Prop ?? "-", f.Description, f.Detail.Length == 0 ? "-" : f.Detail, f.IsBreaking ? "yes" : "no",
            }))
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

        foreach (var result in results)
        {
            var versions = result.CurrentVersion is null || result.CurrentVersion == result.PulledVersion
                ? result.PulledVersion ?? "?"
                : $"{result.PulledVersion ?? "?"} -> {result.CurrentVersion}";
            var status = result.Error is not null
                ? "error: " + result.Error
                : result.Findings.Count == 0
                    ? "no auth drift"
                    : result.HasBreakingDrift
                        ? $"BREAKING drift ({result.Findings.Count} change(s))"
                        : $"{result.Findings.Count} non-breaking change(s)";
            var updated = result.Updated ? "; file updated" : string.Empty;
            output.WriteLine($"{result.File}: {result.Piece ?? "?"} {versions}: {status}{updated}");
        }

        var breaking = results.Count(r => r.HasBreakingDrift);
        var errors = results.Count(r => r.Error is not null);
        output.WriteLine($"{results.Count} piece file(s) checked: {breaking} with breaking drift, {errors} error(s).");
    }

    /// <summary>
    /// <c>{"breaking": bool, "pieces": [{"file", "piece", "pulledVersion", "currentVersion", "updated", "error",
    /// "breaking", "findings": [{"kind", "auth", "prop", "before", "after", "breaking"}]}]}</c>, indented.
    /// </summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<PieceCheckResult> results) =>
        ReportJson.Write(output, DriftReport.From(results), ReportJsonContext.Default.DriftReport, indented: true);

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
}
