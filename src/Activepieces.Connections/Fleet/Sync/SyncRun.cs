using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Activepieces.Provisioning;
using Activepieces.Telemetry;
using Activepieces.Transport;
using Activepieces.Values;

namespace Activepieces.Fleet.Sync;

/// <summary>
/// One Sync: up to <see cref="SyncOptions.MaxConcurrency"/> workers, each taking one org at a time and running it through
/// the same Ensure path as a single call (so each org's requests run one after the other and the number of requests in
/// flight never exceeds the number of workers).
/// </summary>
/// <remarks>
/// <para>
/// Project ids: when at least <see cref="ProjectListingThreshold"/> of the first items have no cached project id, the
/// projects are listed once (pages of <see cref="ProjectPageSize"/>) before any upsert. Then an existing org costs one
/// upsert and a new org one project create plus one upsert, instead of one more lookup each; the listing pays as soon as
/// the platform holds fewer than <see cref="ProjectListingThreshold"/> × <see cref="ProjectPageSize"/> projects. Below
/// the threshold each uncached org is looked up by external id, as Ensure does.
/// </para>
/// <para>
/// Retries, in one layer: the resilience pipeline (<c>ActivepiecesResilience</c>) retries every request that is safe to
/// repeat — the lookups and a non-OAuth upsert — on 429, 5xx and no answer, up to 4 attempts; this loop never repeats
/// those. It is the only retry of what the pipeline does not repeat: an org whose request was answered 429 or 503 (not
/// processed, so an authorization code is still unused) although that request is not retried by the pipeline (an
/// OAuth upsert, a project creation), or with a <c>Retry-After</c> longer than the pipeline waits for. Such an org is
/// tried again, up to <see cref="MaxAttempts"/> attempts, after the answer's <c>Retry-After</c> — during which no
/// worker starts a request — or a short backoff. So a non-OAuth org answered 429 or 503 costs the pipeline's 4 requests,
/// and an OAuth org this loop's 3.
/// </para>
/// <para>
/// Cancellation and <see cref="SyncOptions.StopOnFirstError"/> stop the workers from taking new orgs at once; an org
/// already started finishes its attempt without the caller's token (so it is either done or untouched), then the run
/// ends.
/// </para>
/// </remarks>
internal sealed class SyncRun<TValue>
    where TValue : IConnectionValue, IEquatable<TValue>
{
    /// <summary>The number of uncached orgs among the first items from which listing all projects once pays.</summary>
    public const int ProjectListingThreshold = 32;

    /// <summary>The page size of that listing.</summary>
    public const int ProjectPageSize = 1000;

    /// <summary>Attempts per org (the first one included) for failures that may be retried.</summary>
    public const int MaxAttempts = 3;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(50);

    private readonly ConnectionProvisioner _provisioner;
    private readonly ProjectDirectory _projects;
    private readonly PredefinedConnectionDescriptor _descriptor;
    private readonly SyncOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<SyncFailure> _failures = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private HashSet<string>? _listed;
    private long _resumeAtTicks;
    private int _completed;
    private int _succeeded;
    private int _unchanged;
    private int _failed;

    public SyncRun(ConnectionProvisioner provisioner, ProjectDirectory projects, PredefinedConnectionDescriptor descriptor, SyncOptions options, TimeProvider time)
    {
        _provisioner = provisioner;
        _projects = projects;
        _descriptor = descriptor;
        _options = options;
        _time = time;
    }

    /// <summary>Syncs the items, traced as a <c>Sync</c> operation tagged with the counts.</summary>
    public async Task<SyncResult> RunTracedAsync(IAsyncEnumerable<(string ExternalProjectId, TValue Value)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var activity = ActivepiecesInstrumentation.StartOperation("Sync", _descriptor, _descriptor.ExternalIdPrefix);
        try
        {
            var result = await RunAsync(items, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("activepieces.sync.succeeded", result.Succeeded);
            activity?.SetTag("activepieces.sync.unchanged", result.Unchanged);
            activity?.SetTag("activepieces.sync.failed", result.Failed.Count);
            return result;
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    /// <summary>An in-memory sequence as the asynchronous one <see cref="RunTracedAsync"/> takes.</summary>
    public static async IAsyncEnumerable<(string, TValue)> AsAsync(IEnumerable<(string, TValue)> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async Task<SyncResult> RunAsync(IAsyncEnumerable<(string ExternalProjectId, TValue Value)> items, CancellationToken cancellationToken)
    {
        var source = items.GetAsyncEnumerator(cancellationToken);
        await using (source.ConfigureAwait(false))
        {
            var buffered = new List<(string, TValue)>();
            var uncached = 0;
            var more = false;
            while (uncached < ProjectListingThreshold && (more = await source.MoveNextAsync().ConfigureAwait(false)))
            {
                var item = source.Current;
                buffered.Add(item);
                if (item.ExternalProjectId is { Length: > 0 } org && item.Value is not null
                    && !_projects.IsCached(org) && !_provisioner.IsCurrent(_descriptor, org, item.Value))
                {
                    uncached++;
                }
            }

            if (uncached >= ProjectListingThreshold)
            {
                _listed = await _projects.CacheAllAsync(ProjectPageSize, cancellationToken).ConfigureAwait(false);
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var channel = Channel.CreateBounded<(string, TValue)>(new BoundedChannelOptions(_options.MaxConcurrency) { SingleWriter = true });
            var producer = ProduceAsync(buffered, more ? source : null, channel.Writer, stop.Token);
            var workers = new Task[_options.MaxConcurrency];
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = WorkAsync(channel.Reader, stop);
            }

            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
            finally
            {
                // The producer may still wait to write (after a stop, or when a worker failed, e.g. in a progress
                // callback): release it before the source is disposed.
                await stop.CancelAsync().ConfigureAwait(false);
                await producer.ConfigureAwait(false);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new SyncResult(_succeeded, _unchanged, [.. _failures]);
    }

    private static async Task ProduceAsync(
        List<(string, TValue)> buffered,
        IAsyncEnumerator<(string ExternalProjectId, TValue Value)>? rest,
        ChannelWriter<(string, TValue)> writer,
        CancellationToken stop)
    {
        try
        {
            foreach (var item in buffered)
            {
                await writer.WriteAsync(item, stop).ConfigureAwait(false);
            }

            while (rest is not null && !stop.IsCancellationRequested && await rest.MoveNextAsync().ConfigureAwait(false))
            {
                await writer.WriteAsync(rest.Current, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped: the orgs not handed out stay untouched.
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private async Task WorkAsync(ChannelReader<(string, TValue)> reader, CancellationTokenSource stop)
    {
        await Task.Yield();
        try
        {
            while (await reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (!stop.IsCancellationRequested && reader.TryRead(out var item))
                {
                    await SyncOneAsync(item.Item1, item.Item2, stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped between orgs.
        }
        catch
        {
            // Not an org's failure (those are recorded): e.g. the progress callback threw. The other workers stop too.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task SyncOneAsync(string externalProjectId, TValue value, CancellationTokenSource stop)
    {
        try
        {
            ProvisioningArguments.Validate(_descriptor, externalProjectId, value);
        }
        catch (ArgumentException e)
        {
            Fail(externalProjectId ?? string.Empty, e, stop);
            return;
        }

        lock (_seen)
        {
            if (!_seen.Add(externalProjectId))
            {
                Fail(externalProjectId, new ArgumentException($"The org '{externalProjectId}' appears more than once among the items; each org is synced once per run.", "items"), stop);
                return;
            }
        }

        if (_provisioner.IsCurrent(_descriptor, externalProjectId, value))
        {
            Complete(externalProjectId, SyncOutcome.Unchanged);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WaitForResumeAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (attempt == 1)
            {
                return; // stopped before the org's first request: untouched
            }
            catch (OperationCanceledException e)
            {
                Fail(externalProjectId, e, stop);
                return;
            }

            try
            {
                // Once started, the org's attempt runs to its end: a caller's cancellation must not leave a project without its connection.
                if (_listed is not null && !_listed.Contains(externalProjectId))
                {
                    await _projects.GetOrCreateUnlistedIdAsync(externalProjectId, CancellationToken.None).ConfigureAwait(false);
                }

                await _provisioner.EnsureAsync(_descriptor, externalProjectId, value, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < MaxAttempts && IsRetryable(e))
            {
                var retryAfter = RetryAfterOf(e);
                if (retryAfter is { } pause)
                {
                    PauseAll(pause);
                }
                else
                {
                    try
                    {
                        await Task.Delay(FirstBackoff * (1 << (attempt - 1)), _time, stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        Fail(externalProjectId, e, stop);
                        return;
                    }
                }

                continue;
            }
            catch (Exception e)
            {
                Fail(externalProjectId, e, stop, PieceMessages.Shown(e, value));
                return;
            }

            // Outside the try: an exception of the progress callback is the caller's, not a failure of the org.
            Complete(externalProjectId, SyncOutcome.Succeeded);
            return;
        }
    }

    /// <summary>
    /// Answered 429/503 (not processed) where the pipeline did not retry it: a request that is not safe to repeat blindly
    /// (an OAuth upsert, a project creation), or a <c>Retry-After</c> beyond <see cref="RetryPolicy.MaxRetryAfter"/>.
    /// Everything else the pipeline already retried, or must not be repeated (an OAuth upsert whose outcome is unknown).
    /// </summary>
    private static bool IsRetryable(Exception exception) =>
        exception is ActivepiecesApiException { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } answered
        && (!answered.RequestRetrySafe || answered.RetryAfter > RetryPolicy.MaxRetryAfter);

    private static TimeSpan? RetryAfterOf(Exception exception) => (exception as ActivepiecesException)?.RetryAfter;

    private void PauseAll(TimeSpan pause)
    {
        var until = (_time.GetUtcNow() + pause).UtcTicks;
        long current;
        while ((current = Interlocked.Read(ref _resumeAtTicks)) < until
            && Interlocked.CompareExchange(ref _resumeAtTicks, until, current) != current)
        {
        }
    }

    private Task WaitForResumeAsync(CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        var remaining = new DateTimeOffset(Interlocked.Read(ref _resumeAtTicks), TimeSpan.Zero) - _time.GetUtcNow();
        return remaining > TimeSpan.Zero ? Task.Delay(remaining, _time, stop) : Task.CompletedTask;
    }

    private void Complete(string externalProjectId, SyncOutcome outcome)
    {
        int succeeded, unchanged;
        if (outcome == SyncOutcome.Succeeded)
        {
            succeeded = Interlocked.Increment(ref _succeeded);
            unchanged = Volatile.Read(ref _unchanged);
            ActivepiecesInstrumentation.CountSync("succeeded");
        }
        else
        {
            unchanged = Interlocked.Increment(ref _unchanged);
            succeeded = Volatile.Read(ref _succeeded);
            ActivepiecesInstrumentation.CountSync("unchanged");
        }

        Report(externalProjectId, outcome, succeeded, unchanged, Volatile.Read(ref _failed));
    }

    private void Fail(string externalProjectId, Exception error, CancellationTokenSource stop, string? pieceMessage = null)
    {
        _failures.Enqueue(new SyncFailure(externalProjectId, error, pieceMessage));
        var failed = Interlocked.Increment(ref _failed);
        ActivepiecesInstrumentation.CountSync("failed");
        if (_options.StopOnFirstError)
        {
            stop.Cancel();
        }

        Report(externalProjectId, SyncOutcome.Failed, Volatile.Read(ref _succeeded), Volatile.Read(ref _unchanged), failed);
    }

    private void Report(string externalProjectId, SyncOutcome outcome, int succeeded, int unchanged, int failed)
    {
        var completed = Interlocked.Increment(ref _completed);
        _options.Progress?.Report(new SyncProgress(externalProjectId, outcome, completed, succeeded, unchanged, failed));
    }
}
