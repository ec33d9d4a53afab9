using System.Text.Encodings.Web;
using System.Text.Json;

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
    /// "findings": [{"kind", "auth", "prop", "before", "after", "breaking"}]}]}</c>, indented.
    /// </summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<PieceCheckResult> results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("breaking", results.Any(r => r.HasBreakingDrift));
            writer.WriteStartArray("pieces");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("file", result.File.Replace('\\', '/'));
                writer.WriteString("piece", result.Piece);
                writer.WriteString("pulledVersion", result.PulledVersion);
                writer.WriteString("currentVersion", result.CurrentVersion);
                writer.WriteBoolean("updated", result.Updated);
                writer.WriteString("error", result.Error);
                writer.WriteBoolean("breaking", result.HasBreakingDrift);
                writer.WriteStartArray("findings");
                foreach (var finding in result.Findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(finding.Kind.ToString()));
                    writer.WriteString("auth", finding.AuthType);
                    writer.WriteString("prop", finding.Prop);
                    writer.WriteString("before", finding.Before);
                    writer.WriteString("after", finding.After);
                    writer.WriteBoolean("breaking", finding.IsBreaking);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
}
