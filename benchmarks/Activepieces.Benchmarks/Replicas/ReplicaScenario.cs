namespace Activepieces.Benchmarks.Replicas;

/// <summary>The scenarios of the replica run.</summary>
public enum ReplicaScenario
{
    /// <summary>Replica 1 ensures every new org, then replicas 2…N ensure the same values, one replica after the other.</summary>
    Staggered,

    /// <summary>After the staggered run, a fresh replica (a deploy) ensures every org with equal values.</summary>
    Restart,

    /// <summary>Every replica holds the old values; replica 1 ensures new values, then replicas 2…N ensure them.</summary>
    Rotation,

    /// <summary>N replicas, released together, ensure the same new orgs in the same order.</summary>
    ConcurrentColdStart,
}
