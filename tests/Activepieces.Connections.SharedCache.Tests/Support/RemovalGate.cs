using Microsoft.Extensions.Caching.Distributed;

namespace Activepieces.SharedCache.Tests.Support;

/// <summary>
/// Holds back the removal of shared Ensure entries (keys with <c>ensure:</c>) while armed: the first such removal signals
/// <see cref="RemovalStarted"/> and completes only after <see cref="Open"/>, so a test can see whether its caller waits
/// for it. Everything else passes straight through.
/// </summary>
public sealed class RemovalGate
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when a held removal has started.</summary>
    public Task RemovalStarted => _started.Task;

    /// <summary>Makes the next removals of Ensure entries wait for <see cref="Open"/>.</summary>
    public void Arm() => Volatile.Write(ref _armed, 1);

    /// <summary>Lets the held removals go on.</summary>
    public void Open() => _open.TrySetResult();

    internal IDistributedCache Wrap(IDistributedCache inner) => new GatedCache(inner, this);

    private sealed class GatedCache(IDistributedCache inner, RemovalGate gate) : IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
            inner.SetAsync(key, value, options, token);

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public async Task RemoveAsync(string key, CancellationToken token = default)
        {
            if (Volatile.Read(ref gate._armed) == 1 && key.Contains("ensure:", StringComparison.Ordinal))
            {
                gate._started.TrySetResult();
                await gate._open.Task.WaitAsync(token).ConfigureAwait(false);
            }

            await inner.RemoveAsync(key, token).ConfigureAwait(false);
        }
    }
}
