using System.Globalization;
using System.Text;

namespace Activepieces.Benchmarks.Fleet;

/// <summary>
/// Formats <see cref="FleetPhase"/>s as a Markdown table, with the speed-up of the first Sync over the documented loop and
/// of the audit over the platform-wide listing over the per-project pass.
/// </summary>
public static class FleetTable
{
    /// <summary>The table.</summary>
    /// <param name="phases">The phases; the first is the documented loop, the second the Sync of new orgs.</param>
    /// <returns>Markdown.</returns>
    public static string ToMarkdown(IReadOnlyList<FleetPhase> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var table = new StringBuilder()
            .AppendLine("| Phase | Orgs | Requests | Requests per org | Wall time | Allocated per org (client + in-process emulator) |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var phase in phases)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {phase.Name} | {phase.Orgs:N0} | {phase.Requests:N0} | {phase.RequestsPerOrg:0.0000} | ")
                .Append(CultureInfo.InvariantCulture, $"{phase.Elapsed.TotalSeconds:0.00} s | {phase.BytesPerOrg / 1024:N1} KB |")
                .AppendLine();
        }

        if (phases.Count >= 2 && phases[1].Elapsed > TimeSpan.Zero)
        {
            table.AppendLine()
                .Append(CultureInfo.InvariantCulture, $"Sync of new orgs vs the documented sequential loop: **{phases[0].Elapsed / phases[1].Elapsed:0.00}×** faster (wall time), ")
                .Append(CultureInfo.InvariantCulture, $"{phases[0].RequestsPerOrg / Math.Max(phases[1].RequestsPerOrg, double.Epsilon):0.00}× fewer requests.")
                .AppendLine();
        }

        var listing = phases.FirstOrDefault(phase => phase.Name == FleetRunner.PlatformListingAudit);
        var perProject = phases.FirstOrDefault(phase => phase.Name == FleetRunner.PerProjectAudit);
        if (listing is not null && perProject is not null && listing.Elapsed > TimeSpan.Zero && listing.Requests > 0)
        {
            table.AppendLine()
                .Append(CultureInfo.InvariantCulture, $"Audit over the platform-wide listing vs the per-project pass: **{(double)perProject.Requests / listing.Requests:0.0}×** fewer requests ")
                .Append(CultureInfo.InvariantCulture, $"({perProject.Requests:N0} → {listing.Requests:N0}), {perProject.Elapsed / listing.Elapsed:0.00}× faster (wall time).")
                .AppendLine();
        }

        return table.ToString();
    }
}
