using System.Collections.Concurrent;
using Activepieces.Provisioning.Distributed;

namespace Activepieces.Provisioning;

/// <summary>
/// The caches a client keeps between calls: external id → project id, in-flight project creations, and the Ensure cache.
/// Dependency injection shares one instance between the short-lived typed clients of a container. With
/// <c>UseDistributedEnsureCache</c> these are the L1 of a cache whose L2 (<see cref="Shared"/>) replicas share.
/// </summary>
internal sealed class ActivepiecesClientState
{
    public ConcurrentDictionary<string, string> ProjectIds { get; } = new(StringComparer.Ordinal);

    public SingleFlight<string, Project> ProjectCreations { get; } = new(StringComparer.Ordinal);

    public EnsureCache Ensure { get; } = new();

    public SingleFlight<(EnsureKey Key, object Value), AppConnection> EnsureFlights { get; } = new();

    /// <summary>The cache shared with other replicas, or null (each client keeps its own memory only).</summary>
    public SharedEnsureCache? Shared { get; init; }
}
