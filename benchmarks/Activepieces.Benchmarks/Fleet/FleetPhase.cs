namespace Activepieces.Benchmarks.Fleet;

/// <summary>One measured phase of the fleet run.</summary>
/// <param name="Name">What ran.</param>
/// <param name="Orgs">The orgs (or connections, for the audit) it covered.</param>
/// <param name="Requests">The requests the emulator received.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="AllocatedBytes">Bytes allocated by the whole process meanwhile (client and in-process emulator together).</param>
public sealed record FleetPhase(string Name, int Orgs, int Requests, TimeSpan Elapsed, long AllocatedBytes)
{
    /// <summary>Requests per org.</summary>
    public double RequestsPerOrg => Orgs == 0 ? 0 : (double)Requests / Orgs;

    /// <summary>Allocated bytes per org.</summary>
    public double BytesPerOrg => Orgs == 0 ? 0 : (double)AllocatedBytes / Orgs;
}
