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

    /// <summary>The counts only.</summary>
    /// <returns>For example <c>Connections = 2000, Projects = 2001, Findings = 3</c>.</returns>
    public override string ToString() => $"Connections = {Connections}, Projects = {Projects}, Findings = {Findings.Count}";
}
