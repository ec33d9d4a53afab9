using System.Text.Json.Serialization;

namespace Activepieces.Cli.Fleet;

/// <summary>The <c>--json</c> report of <c>connections audit</c>.</summary>
/// <param name="Connections">How many connections named <c>{prefix}*</c> were audited.</param>
/// <param name="Projects">How many projects were audited.</param>
/// <param name="Findings">The findings, in the audit's order.</param>
/// <param name="Repaired">The ids of the rows a repair deleted; absent without <c>--repair</c>.</param>
/// <param name="Revalidation">What the revalidation did; absent without <c>--revalidate</c>.</param>
/// <param name="PerProjectPass">
/// Present (<see langword="true"/>) only when the server had no platform-wide listing and the audit listed each project.
/// </param>
internal sealed record AuditReport(
    int Connections,
    int Projects,
    IReadOnlyList<AuditReport.Finding> Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string?>? Repaired,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AuditReport.RevalidationCounts? Revalidation = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool PerProjectPass = false)
{
    public static AuditReport From(ConnectionAudit audit, ConnectionRepair? repair, bool revalidated = false) => new(
        audit.Connections,
        audit.Projects,
        [.. audit.Findings.Select(f => new Finding(f.Kind, f.ExternalId, f.ConnectionId, f.ExternalProjectId, f.Detail))],
        repair is null ? null : [.. repair.Deleted.Select(f => f.ConnectionId)],
        revalidated ? new RevalidationCounts(audit.Revalidated, audit.RevalidationFailures) : null,
        audit.UsedPerProjectPass);

    /// <summary>The counts of <c>--revalidate</c>.</summary>
    /// <param name="Revalidated">How many connections the server revalidated (a verdict each).</param>
    /// <param name="Failures">How many revalidations got no verdict (the validation failed on the server, or the row was refused or gone).</param>
    internal sealed record RevalidationCounts(int Revalidated, int Failures);

    /// <summary>One finding.</summary>
    /// <param name="Kind">The kind, by name (<c>Orphaned</c>).</param>
    /// <param name="ExternalId">The connection's external id.</param>
    /// <param name="ConnectionId">The row's id, when there is a row.</param>
    /// <param name="ExternalProjectId">The org the external id names, when it names one.</param>
    /// <param name="Detail">What is wrong, in words.</param>
    internal sealed record Finding(
        [property: JsonConverter(typeof(JsonStringEnumConverter<FindingKind>))] FindingKind Kind,
        string ExternalId,
        string? ConnectionId,
        string? ExternalProjectId,
        string Detail);
}
