namespace Activepieces;

/// <summary>What an audit of one piece's connections found.</summary>
public sealed class ConnectionAudit
{
    /// <summary>Creates an audit result.</summary>
    /// <param name="descriptor">The piece and prefix audited.</param>
    /// <param name="connections">The global connections examined (those whose external id has the prefix, any piece).</param>
    /// <param name="projects">The live projects of the platform.</param>
    /// <param name="findings">The problems found.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConnectionAudit(PredefinedConnectionDescriptor descriptor, int connections, int projects, IReadOnlyList<ConnectionFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(findings);
        Descriptor = descriptor;
        Connections = connections;
        Projects = projects;
        Findings = findings;
    }

    /// <summary>The piece and prefix audited.</summary>
    public PredefinedConnectionDescriptor Descriptor { get; }

    /// <summary>The global connections whose external id has the prefix (of any piece).</summary>
    public int Connections { get; }

    /// <summary>The live projects of the platform.</summary>
    public int Projects { get; }

    /// <summary>The problems found, ordered by external id, then kind.</summary>
    public IReadOnlyList<ConnectionFinding> Findings { get; }

    /// <summary>
    /// Whether the audit listed each project's PROJECT-scope rows one request at a time, because the server has no
    /// platform-wide listing (<c>GET /v1/platform-app-connections</c> answered 404: servers before May 2026). The
    /// findings are the same; the cost is one request per project the piece's connections list.
    /// </summary>
    public bool UsedPerProjectPass { get; init; }

    /// <summary>How many of the piece's connections the server revalidated (<see cref="AuditOptions.Revalidate"/>); 0 without it.</summary>
    public int Revalidated { get; init; }

    /// <summary>
    /// How many revalidations failed without a verdict (the server's validation itself failed, or the connection went
    /// away meanwhile, or the server refused it); their rows keep their status and are classified as listed. Rows that
    /// list no live project are not sent (the server refuses a row listing no project with 403): the audit reports them
    /// as orphaned, and a repair deletes them.
    /// </summary>
    public int RevalidationFailures { get; init; }

    /// <summary>The counts only.</summary>
    /// <returns>For example <c>Connections = 2000, Projects = 2001, Findings = 3</c>.</returns>
    public override string ToString() => $"Connections = {Connections}, Projects = {Projects}, Findings = {Findings.Count}";
}
