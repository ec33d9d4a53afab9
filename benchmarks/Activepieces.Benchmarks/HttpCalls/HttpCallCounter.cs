using Activepieces.Benchmarks.RequestBodies;
using Activepieces.TestSupport;

namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>
/// Runs token mints round-robin over the orgs against a fresh in-process emulator and counts the requests in the
/// emulator's request log (counts, not time: they are deterministic).
/// </summary>
public static class HttpCallCounter
{
    /// <summary>The mints of the published table.</summary>
    public const int DefaultMints = 1000;

    /// <summary>The orgs of the published table.</summary>
    public const int DefaultOrgs = 10;

    /// <summary>Counts the requests of <paramref name="mints"/> mints over <paramref name="orgs"/> orgs.</summary>
    /// <param name="flow">The provisioning flow.</param>
    /// <param name="mints">The number of token mints.</param>
    /// <param name="orgs">The number of orgs.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The counts.</returns>
    public static async Task<HttpCallCount> CountAsync(MintFlow flow, int mints, int orgs, CancellationToken cancellationToken)
    {
        await using var environment = await GelatoOrgs.StartAsync(orgs, cancellationToken).ConfigureAwait(false);
        using var documented = new DocumentedFlowClient(environment.Emulator.BaseUrl, environment.Emulator.ApiKey);
        environment.Emulator.ResetRequestLog();
        for (var mint = 0; mint < mints; mint++)
        {
            var org = GelatoOrgs.Org(mint % orgs);
            var connection = GelatoStoreConnectionPiece.CredentialsOf(org);
            switch (flow)
            {
                case MintFlow.Documented:
                    await documented.ProvisionAsync(org, connection, cancellationToken).ConfigureAwait(false);
                    break;
                case MintFlow.Create:
                    await environment.Client.CreateGelatoStoreConnectionAsync(org, connection, cancellationToken).ConfigureAwait(false);
                    break;
                case MintFlow.Ensure:
                    await environment.Client.EnsureGelatoStoreConnectionAsync(org, connection, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow.");
            }
        }

        var emulator = environment.Emulator;
        return new HttpCallCount(
            flow,
            mints,
            orgs,
            emulator.RequestCount,
            emulator.CountRequests("GET", "/api/v1/projects"),
            emulator.CountRequests("POST", "/api/v1/projects"),
            emulator.CountRequests("POST", "/api/v1/global-connections"));
    }

    /// <summary>Counts every flow with the published parameters.</summary>
    /// <param name="cancellationToken">Cancels the runs.</param>
    /// <returns>One count per flow, documented first.</returns>
    public static async Task<IReadOnlyList<HttpCallCount>> CountAllAsync(CancellationToken cancellationToken)
    {
        var counts = new List<HttpCallCount>();
        foreach (var flow in Enum.GetValues<MintFlow>())
        {
            counts.Add(await CountAsync(flow, DefaultMints, DefaultOrgs, cancellationToken).ConfigureAwait(false));
        }

        return counts;
    }
}
