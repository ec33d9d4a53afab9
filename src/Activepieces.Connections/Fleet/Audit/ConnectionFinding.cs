namespace Activepieces;

/// <summary>One problem an audit found on one connection row.</summary>
public sealed class ConnectionFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="externalId">The connection external id, e.g. <c>gelato_org_42</c>.</param>
    /// <param name="connectionId">The id of the row concerned, if any.</param>
    /// <param name="externalProjectId">The org the finding concerns, if known.</param>
    /// <param name="detail">One sentence describing the problem (ids and names only, never values).</param>
    /// <param name="isRepairable">Whether <see cref="PredefinedConnectionsClient.RepairAsync"/> fixes it.</param>
    /// <exception cref="ArgumentException"><paramref name="externalId"/> or <paramref name="detail"/> is null or empty.</exception>
    public ConnectionFinding(FindingKind kind, string externalId, string? connectionId, string? externalProjectId, string detail, bool isRepairable)
    {
        ArgumentException.ThrowIfNullOrEmpty(externalId);
        ArgumentException.ThrowIfNullOrEmpty(detail);
        Kind = kind;
        ExternalId = externalId;
        ConnectionId = connectionId;
        ExternalProjectId = externalProjectId;
        Detail = detail;
        IsRepairable = isRepairable;
    }

    /// <summary>What is wrong.</summary>
    public FindingKind Kind { get; }

    /// <summary>The connection external id.</summary>
    public string ExternalId { get; }

    /// <summary>The id of the row concerned (the row Repair would delete for repairable kinds).</summary>
    public string? ConnectionId { get; }

    /// <summary>The org (project external id) the finding concerns, if known.</summary>
    public string? ExternalProjectId { get; }

    /// <summary>One sentence describing the problem.</summary>
    public string Detail { get; }

    /// <summary>
    /// Whether Repair fixes it: <see cref="FindingKind.Orphaned"/>, <see cref="FindingKind.Duplicate"/>, and
    /// <see cref="FindingKind.Shadowed"/> placeholders. The other kinds need a decision or fresh credentials.
    /// </summary>
    public bool IsRepairable { get; }

    /// <summary>Kind, external id, row and detail.</summary>
    /// <returns>For example <c>Orphaned gelato_org_1 (row Ab12…): lists no live project …</c>.</returns>
    public override string ToString() => $"{Kind} {ExternalId}{(ConnectionId is null ? string.Empty : $" (row {ConnectionId})")}: {Detail}";
}
