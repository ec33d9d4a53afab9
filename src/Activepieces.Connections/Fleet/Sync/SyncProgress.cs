namespace Activepieces;

/// <summary>The state of a Sync after one more org finished.</summary>
/// <param name="ExternalProjectId">The org that just finished.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Completed">Orgs finished so far (succeeded, unchanged or failed).</param>
/// <param name="Succeeded">Orgs upserted so far.</param>
/// <param name="Unchanged">Orgs skipped so far because the cache held an equal value.</param>
/// <param name="Failed">Orgs failed so far.</param>
public readonly record struct SyncProgress(
    string ExternalProjectId,
    SyncOutcome Outcome,
    int Completed,
    int Succeeded,
    int Unchanged,
    int Failed);
