using Activepieces.Values;

namespace Activepieces.Provisioning.Distributed;

/// <summary>
/// The miss path of Ensure with a shared cache (this process's L1 had no equal value): read the org's Ensure entry and
/// its project id from L2 at once, fingerprint the exact upsert body for that project id, and answer from L2 when another
/// replica (or an earlier run of this one) stored the same fingerprint; otherwise upsert and store the entry in L2 before
/// returning, so the next replica that ensures the same value sends nothing.
/// <para>
/// The project id is the one L2 holds, not the one this process remembers: Offboard, a project deletion and a 404 on a
/// stale id remove the L2 project id of the org on whichever replica runs them, and the fingerprint covers the project
/// id. So once any replica removed it, no replica can match an Ensure entry written for the old project, even one whose
/// HybridCache has not seen the org's tag removal (HybridCache reads a tag's removal time from L2 once per process).
/// </para>
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
        var storedEntry = shared.GetEnsureEntryAsync(key, cancellationToken).AsTask();
        string projectId;
        try
        {
            projectId = await projects.GetOrCreateSharedIdAsync(org, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The parallel read never outlives the call; it fails only by cancellation (any other failure is a miss).
            await storedEntry.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        var entry = await storedEntry.ConfigureAwait(false);
        var fingerprint = Fingerprint(shared, descriptor, org, projectId, value);
        var stored = entry is null ? null : SharedEnsureEntry.Read(entry, fingerprint);
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
