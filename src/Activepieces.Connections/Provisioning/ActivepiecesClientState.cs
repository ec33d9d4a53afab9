using System.Collections.Concurrent;

namespace Activepieces.Provisioning;

/// <summary>
/// The caches a client keeps between calls: external id → project id, in-flight project creations, and the Ensure cache.
/// Dependency injection shares one instance between the short-lived typed clients of a container.
/// </summary>
internal sealed class ActivepiecesClientState
{
    public ConcurrentDictionary<string, string> ProjectIds { get; } = new(StringComparer.Ordinal);

    public SingleFlight<string, Project> ProjectCreations { get; } = new(StringComparer.Ordinal);

    public EnsureCache Ensure { get; } = new();

    public SingleFlight<(EnsureKey Key, object Value), AppConnection> EnsureFlights { get; } = new();
}
