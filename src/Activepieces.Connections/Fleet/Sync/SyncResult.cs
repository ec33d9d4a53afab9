namespace Activepieces;

/// <summary>What a Sync did: how many orgs were upserted, how many were already current, and which failed.</summary>
public sealed class SyncResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="succeeded">Orgs upserted.</param>
    /// <param name="unchanged">Orgs skipped because the cache held an equal value.</param>
    /// <param name="failed">Orgs that failed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="failed"/> is null.</exception>
    public SyncResult(int succeeded, int unchanged, IReadOnlyList<SyncFailure> failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        Succeeded = succeeded;
        Unchanged = unchanged;
        Failed = failed;
    }

    /// <summary>Orgs whose connection was upserted (and project created when missing).</summary>
    public int Succeeded { get; }

    /// <summary>Orgs skipped without a request because this client's Ensure cache already held an equal value.</summary>
    public int Unchanged { get; }

    /// <summary>Orgs that failed, each with the exception of its last attempt.</summary>
    public IReadOnlyList<SyncFailure> Failed { get; }

    /// <summary>The counts only (no org ids, no credentials).</summary>
    /// <returns>For example <c>Succeeded = 1998, Unchanged = 0, Failed = 2</c>.</returns>
    public override string ToString() => $"Succeeded = {Succeeded}, Unchanged = {Unchanged}, Failed = {Failed.Count}";
}
