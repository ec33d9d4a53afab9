namespace Activepieces;

/// <summary>
/// Settings of the shared Ensure and project-id cache that
/// <c>UseDistributedEnsureCache</c> adds over the <c>HybridCache</c> of the container (its L2 is the
/// <c>IDistributedCache</c>, e.g. Redis).
/// </summary>
public sealed class DistributedEnsureCacheOptions
{
    /// <summary>The prefix of every key the client writes; default <c>activepieces:</c>. Replicas that share a cache use the same prefix.</summary>
    public string KeyPrefix { get; set; } = "activepieces:";

    /// <summary>How long an Ensure entry lives in the shared cache; default 1 hour.</summary>
    public TimeSpan EnsureEntryLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a project id (by external id) lives in the shared cache; default 24 hours.</summary>
    public TimeSpan ProjectIdEntryLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long the entry of an OAuth value (its authorization code is single-use) lives in the shared cache; default 30
    /// days. Locally such entries never expire.
    /// </summary>
    public TimeSpan OAuthEntryLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long one cache read or write may take before Ensure goes on without it; default 500 ms. After a failure the
    /// cache is skipped for <see cref="OutageRetryInterval"/>.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the shared cache is skipped after a failed or slow call; default 5 seconds.</summary>
    public TimeSpan OutageRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public override string ToString() =>
        $"KeyPrefix = {KeyPrefix}, EnsureEntryLifetime = {EnsureEntryLifetime}, ProjectIdEntryLifetime = {ProjectIdEntryLifetime}, OAuthEntryLifetime = {OAuthEntryLifetime}";
}
