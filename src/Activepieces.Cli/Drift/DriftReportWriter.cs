using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Output;

namespace Activepieces.Cli.Drift;

/// <summary>Writes the results of <c>pieces check</c> as a table for people or as JSON for CI.</summary>
internal static class DriftReportWriter
{
    /// <summary>A table with one row per finding (naming the piece and prop), then a line per piece without drift or with an error, then a summary.</summary>
    public static void WriteTable(CliEnvironment environment, IReadOnlyList<PieceCheckResult> results)
    {
        var table = new ReportTable("Piece", "Auth", "Prop", "Change", "Detail", "Breaking");
        foreach (var result in results.Where(r => r.Error is null))
        {
            foreach (var finding in result.Findings)
            {
                table.AddRow(result.Piece ?? result.File, finding.AuthType, finding.Prop ?? "-", finding.Description, finding.Detail.Length == 0 ? "-" : finding.Detail, finding.IsBreaking ? "yes" : "no");
            }
        }

        table.Write(environment);

        var output = environment.Out;
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
}
