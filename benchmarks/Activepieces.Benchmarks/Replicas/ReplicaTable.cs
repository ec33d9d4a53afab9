using System.Globalization;
using System.Text;

namespace Activepieces.Benchmarks.Replicas;

/// <summary>Formats <see cref="ReplicaFigure"/>s as Markdown: requests per org with the shared cache and without it, and their ratio.</summary>
public static class ReplicaTable
{
    /// <summary>The tables: the one-after-the-other scenarios, then the concurrent cold starts with their request mix.</summary>
    /// <param name="figures">The figures of one run.</param>
    /// <returns>Markdown.</returns>
    public static string ToMarkdown(IReadOnlyList<ReplicaFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var table = new StringBuilder()
            .AppendLine("| Scenario | N | Orgs | Shared: requests per org | Shared: upserts per org | No shared cache: requests per org | No shared cache: upserts per org | Ratio (requests) | Wall time shared / none |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in figures.Where(f => f.Scenario != ReplicaScenario.ConcurrentColdStart))
        {
            table.Append(CultureInfo.InvariantCulture, $"| {Name(f.Scenario)} | {f.Replicas} | {f.Orgs:N0} | {f.SharedPerOrg:0.000} | {Per(f.Shared.Upserts, f.Orgs)} | ")
                .Append(CultureInfo.InvariantCulture, $"{f.BaselinePerOrg:0.000} | {Per(f.Baseline.Upserts, f.Orgs)} | {Ratio(f)} | {Seconds(f.Shared)} / {Seconds(f.Baseline)} |")
                .AppendLine();
        }

        var cold = figures.Where(f => f.Scenario == ReplicaScenario.ConcurrentColdStart).ToList();
        if (cold.Count > 0)
        {
            table.AppendLine()
                .AppendLine("Concurrent cold start (N replicas released together on the same new orgs, in the same order), per org:")
                .AppendLine()
                .AppendLine("| N | Orgs | Cache | Requests | Lookups | Creates | Creates refused (500) | Upserts | Wall time |")
                .AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|");
            foreach (var f in cold)
            {
                AppendCold(table, f, "shared", f.Shared);
                AppendCold(table, f, "none", f.Baseline);
            }
        }

        return table.ToString();
    }

    private static void AppendCold(StringBuilder table, ReplicaFigure f, string cache, RequestCounts c) =>
        table.Append(CultureInfo.InvariantCulture, $"| {f.Replicas} | {f.Orgs:N0} | {cache} | {Per(c.Requests, f.Orgs)} | {Per(c.Lookups, f.Orgs)} | {Per(c.Creates, f.Orgs)} | ")
            .Append(CultureInfo.InvariantCulture, $"{Per(c.RefusedCreates, f.Orgs)} | {Per(c.Upserts, f.Orgs)} | {Seconds(c)} |")
            .AppendLine();

    private static string Name(ReplicaScenario scenario) => scenario switch
    {
        ReplicaScenario.Staggered => "Staggered (new orgs, one replica after the other)",
        ReplicaScenario.Restart => "Restart (fresh replica, equal values)",
        ReplicaScenario.Rotation => "Rotation (replica 1 first, then the others)",
        _ => scenario.ToString(),
    };

    private static string Per(int count, int orgs) => ((double)count / orgs).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Ratio(ReplicaFigure f) => double.IsNaN(f.Ratio) ? "n/a" : f.Ratio.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Seconds(RequestCounts c) => c.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
