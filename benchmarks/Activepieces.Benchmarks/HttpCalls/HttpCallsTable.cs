using System.Globalization;
using System.Text;

namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>Formats <see cref="HttpCallCount"/>s as a Markdown table.</summary>
public static class HttpCallsTable
{
    /// <summary>The table, with the ratio to the documented flow (the first row of that flow, if any).</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>Markdown.</returns>
    public static string ToMarkdown(IReadOnlyList<HttpCallCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var documented = counts.FirstOrDefault(count => count.Flow == MintFlow.Documented)?.Total;
        var table = new StringBuilder()
            .AppendLine("| Flow | Mints | Orgs | HTTP requests | GET /v1/projects | POST /v1/projects | POST /v1/global-connections | Ratio to documented |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            var ratio = documented is > 0 ? ((double)count.Total / documented.Value).ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
            table.Append(CultureInfo.InvariantCulture, $"| {Describe(count.Flow)} | {count.Mints} | {count.Orgs} | {count.Total} | ")
                .Append(CultureInfo.InvariantCulture, $"{count.ProjectLookups} | {count.ProjectCreates} | {count.ConnectionUpserts} | {ratio} |")
                .AppendLine();
        }

        return table.ToString();
    }

    private static string Describe(MintFlow flow) => flow switch
    {
        MintFlow.Documented => "Documented flow (naive HttpClient port)",
        MintFlow.Create => "`CreateGelatoStoreConnectionAsync`",
        MintFlow.Ensure => "`EnsureGelatoStoreConnectionAsync`",
        _ => flow.ToString(),
    };
}
