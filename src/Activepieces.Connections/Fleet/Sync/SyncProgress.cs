namespace Activepieces;

/// <summary>The state of a Sync after one more org finished.</summary>
public readonly struct SyncProgress
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="externalProjectId">The org that just finished.</param>
    /// <param name="outcome">What happened to it.</param>
    /// <param name="completed">Orgs finished so far (succeeded, unchanged or failed).</param>
    /// <param name="succeeded">Orgs upserted so far.</param>
    /// <param name="unchanged">Orgs skipped so far because the cache held an equal value.</param>
    /// <param name="failed">Orgs failed so far.</param>
    public SyncProgress(string externalProjectId, SyncOutcome outcome, int completed, int succeeded, int unchanged, int failed)
    {
        ExternalProjectId = externalProjectId;
        Outcome = outcome;
        Completed = completed;
        Succeeded = succeeded;
        Unchanged = unchanged;
        Failed = failed;
    }

    /// <summary>The org that just finished.</summary>
    public string ExternalProjectId { get; }

    /// <summary>What happened to it.</summary>
    public SyncOutcome Outcome { get; }

    /// <summary>Orgs finished so far (succeeded, unchanged or failed).</summary>
    public int Completed { get; }

    /// <summary>Orgs upserted so far.</summary>
    public int Succeeded { get; }

    /// <summary>Orgs skipped so far because the cache held an equal value.</summary>
    public int Unchanged { get; }

    /// <summary>Orgs failed so far.</summary>
    public int Failed { get; }

    /// <summary>The org, its outcome and the counts.</summary>
    /// <returns>E.g. <c>SyncProgress { ExternalProjectId = org_1, Outcome = Succeeded, Completed = 1, Succeeded = 1, Unchanged = 0, Failed = 0 }</c>.</returns>
    public override string ToString() =>
        $"SyncProgress {{ ExternalProjectId = {ExternalProjectId}, Outcome = {Outcome}, Completed = {Completed}, Succeeded = {Succeeded}, Unchanged = {Unchanged}, Failed = {Failed} }}";
}
