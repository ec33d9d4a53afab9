namespace Activepieces.Benchmarks.Replicas;

/// <summary>One scenario of the replica run, measured with the shared cache and without it (today's behaviour) in the same run.</summary>
/// <param name="Scenario">What the replicas did.</param>
/// <param name="Replicas">N, the replicas in the scenario.</param>
/// <param name="Orgs">The orgs each replica ensured.</param>
/// <param name="Shared">With <c>UseDistributedEnsureCache()</c> over the in-process Garnet.</param>
/// <param name="Baseline">Without it: each replica's own memory only.</param>
public sealed record ReplicaFigure(ReplicaScenario Scenario, int Replicas, int Orgs, RequestCounts Shared, RequestCounts Baseline)
{
    /// <summary>Requests per org with the shared cache.</summary>
    public double SharedPerOrg => (double)Shared.Requests / Orgs;

    /// <summary>Requests per org without it.</summary>
    public double BaselinePerOrg => (double)Baseline.Requests / Orgs;

    /// <summary>Requests with the shared cache over requests without it.</summary>
    public double Ratio => Baseline.Requests == 0 ? double.NaN : (double)Shared.Requests / Baseline.Requests;
}
