using Activepieces.Values;

namespace Activepieces.Provisioning.Distributed;

/// <summary>
/// The miss path of Ensure with a shared cache (this process's L1 had no equal value): find the org's project id (L1, L2,
/// then the server), fingerprint the exact upsert body for it, and answer from L2 when another replica (or an earlier
/// run of this one) stored the same fingerprint; otherwise upsert and store the entry in L2 before returning, so the next
/// replica that ensures the same value sends nothing.
/// </summary>
internal static class SharedEnsure
{
    public static async Task<AppConnection> RunAsync<TValue>(
        SharedEnsureCache shared,
        ProjectDirectory projects,
        ConnectionUpserter upserter,
        EnsureKey key,
        TValue value,
        CancellationToken cancellationToken)
        where TValue : IConnectionValue
    {
        var descriptor = key.Descriptor;
        var org = key.ExternalProjectId;
        var projectId = await projects.GetOrCreateIdAsync(org, cancellationToken).ConfigureAwait(false);
        var fingerprint = Fingerprint(shared, descriptor, org, projectId, value);
        var stored = await shared.GetEnsureAsync(key, fingerprint, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return stored;
        }

        var connection = await upserter.UpsertAsync(descriptor, org, value, cancellationToken).ConfigureAwait(false);

        // The upsert looks the project up again when the id was stale; the id it used is in L1 now.
        var usedProjectId = await projects.GetOrCreateIdAsync(org, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(usedProjectId, projectId, StringComparison.Ordinal))
        {
            fingerprint = Fingerprint(shared, descriptor, org, usedProjectId, value);
        }

        // Not cancelled with the caller: the upsert happened, and an entry not written costs the next replica a request.
        await shared.StoreEnsureAsync(key, fingerprint, connection, pinned: value.AuthType.CarriesOAuthCode(), CancellationToken.None).ConfigureAwait(false);
        return connection;
    }

    private static byte[] Fingerprint(SharedEnsureCache shared, PredefinedConnectionDescriptor descriptor, string org, string projectId, IConnectionValue value)
    {
        using var body = ConnectionUpserter.WriteBody(descriptor, org, projectId, value);
        return shared.Fingerprint.Of(body.WrittenMemory.Span);
    }
}
