using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Activepieces.Provisioning.Distributed;

/// <summary>
/// The L2 half of the Ensure and project-id caches, shared by replicas through <see cref="HybridCache"/>. The L1 half stays
/// the in-process <see cref="EnsureCache"/> and project-id map of <see cref="ActivepiecesClientState"/>, whose hit path
/// allocates nothing; this class is asked only when L1 has no equal value, so every read here goes to L2 (the
/// HybridCache's own memory layer is bypassed with <see cref="HybridCacheEntryFlags.DisableLocalCache"/>): a replica
/// whose L1 holds an older value finds the newer one another replica stored. Writes are awaited. Entries are tagged with
/// their org, so an offboarding removes them all at once.
/// <para>
/// Keys: <c>{prefix}ensure:{scope}:{piece}:{connection external id}:{project external id}</c> and
/// <c>{prefix}project:{external id}</c>; tag <c>{prefix}org:{external id}</c>. Values: the keyed fingerprint of the upsert
/// body and the connection as the server answered it (<see cref="SharedEnsureEntry"/>), or a project id. No credential,
/// value, code or key is ever written.
/// </para>
/// <para>
/// The cache never fails an Ensure: a call that throws or takes longer than the operation timeout counts as a miss (or a
/// write not made), and the cache is skipped for the retry interval. One warning is logged when an outage starts and one
/// information message when the cache answers again.
/// </para>
/// </summary>
internal sealed class SharedEnsureCache
{
    private static readonly HybridCacheEntryOptions ReadOptions = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableUnderlyingData,
    };

    private readonly HybridCache _cache;
    private readonly DistributedEnsureCacheOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly HybridCacheEntryOptions _ensureWrite;
    private readonly HybridCacheEntryOptions _oauthWrite;
    private readonly HybridCacheEntryOptions _projectWrite;
    private long _downSince = -1; // timestamp of the last failure while down; -1 while up

    public SharedEnsureCache(HybridCache cache, DistributedEnsureCacheOptions options, string apiKey, ILogger logger, TimeProvider timeProvider)
    {
        _cache = cache;
        _options = options;
        _logger = logger;
        _timeProvider = timeProvider;
        Fingerprint = new EnsureFingerprint(apiKey);
        _ensureWrite = WriteOptions(options.EnsureEntryLifetime);
        _oauthWrite = WriteOptions(options.OAuthEntryLifetime);
        _projectWrite = WriteOptions(options.ProjectIdEntryLifetime);
    }

    public EnsureFingerprint Fingerprint { get; }

    /// <summary>Whether the last call failed and the retry interval has not passed (the cache is being skipped).</summary>
    public bool IsDown => Interlocked.Read(ref _downSince) >= 0;

    /// <summary>The stored entry of the key (a fingerprint and a connection; <see cref="SharedEnsureEntry.Read"/>), or null.</summary>
    public async ValueTask<byte[]?> GetEnsureEntryAsync(EnsureKey key, CancellationToken cancellationToken) =>
        await GuardAsync(
            (Cache: _cache, Key: EnsureKeyOf(key)),
            static (s, ct) => s.Cache.GetOrCreateAsync<byte[]?>(s.Key, static _ => default, ReadOptions, null, ct),
            cancellationToken).ConfigureAwait(false);

    public Task StoreEnsureAsync(EnsureKey key, byte[] fingerprint, AppConnection connection, bool pinned, CancellationToken cancellationToken) =>
        GuardAsync(
            (Cache: _cache, Key: EnsureKeyOf(key), Entry: SharedEnsureEntry.Write(fingerprint, connection), Options: pinned ? _oauthWrite : _ensureWrite, Tags: OrgTags(key.ExternalProjectId)),
            static async (s, ct) =>
            {
                await s.Cache.SetAsync(s.Key, s.Entry, s.Options, s.Tags, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).AsTask();

    public Task RemoveEnsureAsync(EnsureKey key) =>
        GuardAsync(
            (Cache: _cache, Key: EnsureKeyOf(key)),
            static async (s, ct) =>
            {
                await s.Cache.RemoveAsync(s.Key, ct).ConfigureAwait(false);
                return true;
            },
            CancellationToken.None).AsTask();

    /// <summary>Removes every entry of an org (its Ensure entries and its project id).</summary>
    public Task RemoveOrgAsync(string externalProjectId) =>
        GuardAsync(
            (Cache: _cache, ProjectKey: ProjectKeyOf(externalProjectId), Tag: OrgTag(externalProjectId)),
            static async (s, ct) =>
            {
                await s.Cache.RemoveAsync(s.ProjectKey, ct).ConfigureAwait(false);
                await s.Cache.RemoveByTagAsync(s.Tag, ct).ConfigureAwait(false);
                return true;
            },
            CancellationToken.None).AsTask();

    /// <summary>
    /// The project id stored for an external id. <see cref="SharedProjectId.Answered"/> is false when the cache did not
    /// answer (down, slow or skipped), so a missing id can be told from an id that is not there.
    /// </summary>
    public async ValueTask<SharedProjectId> GetProjectIdAsync(string externalProjectId, CancellationToken cancellationToken)
    {
        var read = await GuardAsync(
            (Cache: _cache, Key: ProjectKeyOf(externalProjectId)),
            static async (s, ct) => new SharedProjectId(true, await s.Cache.GetOrCreateAsync<string?>(s.Key, static _ => default, ReadOptions, null, ct).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(read.Id) ? read with { Id = null } : read;
    }

    public Task StoreProjectIdAsync(string externalProjectId, string projectId, CancellationToken cancellationToken) =>
        GuardAsync(
            (Cache: _cache, Key: ProjectKeyOf(externalProjectId), Id: projectId, Options: _projectWrite, Tags: OrgTags(externalProjectId)),
            static async (s, ct) =>
            {
                await s.Cache.SetAsync(s.Key, s.Id, s.Options, s.Tags, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).AsTask();

    public Task RemoveProjectIdAsync(string externalProjectId) =>
        GuardAsync(
            (Cache: _cache, Key: ProjectKeyOf(externalProjectId)),
            static async (s, ct) =>
            {
                await s.Cache.RemoveAsync(s.Key, ct).ConfigureAwait(false);
                return true;
            },
            CancellationToken.None).AsTask();

    private static HybridCacheEntryOptions WriteOptions(TimeSpan lifetime) =>
        new() { Expiration = lifetime, Flags = HybridCacheEntryFlags.DisableLocalCache };

    private string EnsureKeyOf(EnsureKey key)
    {
        var d = key.Descriptor;
        return new StringBuilder(_options.KeyPrefix)
            .Append("ensure:").Append(d.Scope.ToWireName())
            .Append(':').Append(d.PieceName)
            .Append(':').Append(d.ExternalIdFor(key.ExternalProjectId))
            .Append(':').Append(key.ExternalProjectId)
            .ToString();
    }

    private string ProjectKeyOf(string externalProjectId) => _options.KeyPrefix + "project:" + externalProjectId;

    private string OrgTag(string externalProjectId) => _options.KeyPrefix + "org:" + externalProjectId;

    private string[] OrgTags(string externalProjectId) => [OrgTag(externalProjectId)];

    private async ValueTask<TResult?> GuardAsync<TState, TResult>(
        TState state,
        Func<TState, CancellationToken, ValueTask<TResult>> operation,
        CancellationToken cancellationToken)
    {
        var downSince = Interlocked.Read(ref _downSince);
        if (downSince >= 0 && _timeProvider.GetElapsedTime(downSince) < _options.OutageRetryInterval)
        {
            return default;
        }

        try
        {
            var result = await operation(state, cancellationToken).AsTask()
                .WaitAsync(_options.OperationTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
            if (Interlocked.Exchange(ref _downSince, -1) >= 0)
            {
                SharedCacheLog.Recovered(_logger);
            }

            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            if (Interlocked.Exchange(ref _downSince, _timeProvider.GetTimestamp()) < 0)
            {
                SharedCacheLog.Unavailable(_logger, e.GetType().Name);
            }

            return default;
        }
    }
}
