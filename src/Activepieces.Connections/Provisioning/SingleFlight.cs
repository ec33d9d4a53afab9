using System.Collections.Concurrent;

namespace Activepieces.Provisioning;

/// <summary>
/// Runs at most one operation per key at a time; concurrent callers with the same key await the running one. When the
/// caller that started an operation cancels it, the other callers (whose own tokens are not cancelled) start over, or,
/// for an operation that must not be repeated, throw the exception <c>ownerCanceled</c> makes.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TResult">The result.</typeparam>
internal sealed class SingleFlight<TKey, TResult>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Flight> _flights;

    public SingleFlight(IEqualityComparer<TKey>? comparer = null) => _flights = new(comparer);

    public async Task<TResult> RunAsync<TState>(
        TKey key,
        TState state,
        Func<TState, CancellationToken, Task<TResult>> operation,
        CancellationToken cancellationToken,
        Func<Exception>? ownerCanceled = null)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var flight = new Flight();
            var running = _flights.GetOrAdd(key, flight);
            if (!ReferenceEquals(running, flight))
            {
                try
                {
                    return await running.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (running.CanceledByOwner && !cancellationToken.IsCancellationRequested)
                {
                    if (ownerCanceled is not null)
                    {
                        throw ownerCanceled();
                    }

                    continue;
                }
            }

            try
            {
                var result = await operation(state, cancellationToken).ConfigureAwait(false);
                _flights.TryRemove(new KeyValuePair<TKey, Flight>(key, flight));
                flight.Completion.SetResult(result);
                return result;
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
            {
                flight.CanceledByOwner = true;
                _flights.TryRemove(new KeyValuePair<TKey, Flight>(key, flight));
                flight.Completion.SetCanceled(e.CancellationToken);
                throw;
            }
            catch (Exception e)
            {
                _flights.TryRemove(new KeyValuePair<TKey, Flight>(key, flight));
                flight.Completion.SetException(e);
                _ = flight.Completion.Task.Exception; // observed: joiners rethrow it, the owner throws it below
                throw;
            }
        }
    }

    private sealed class Flight
    {
        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool CanceledByOwner;
    }
}
