namespace Activepieces;

/// <summary>What a Sync did with one org.</summary>
public enum SyncOutcome
{
    /// <summary>The connection was upserted (and the project created when it was missing).</summary>
    Succeeded,

    /// <summary>Nothing was sent: this client's Ensure cache already holds an equal value for the org.</summary>
    Unchanged,

    /// <summary>The org failed; see <see cref="SyncResult.Failed"/>.</summary>
    Failed,
}
