using System.Collections.Concurrent;
using System.Net;
using Activepieces.Resources.Connections;

namespace Activepieces.Fleet.Audit;

/// <summary>
/// Revalidates connections through <c>POST /v1/app-connections/:id/revalidate</c> with bounded concurrency, for the
/// audit and the doctor. A row the server refuses (403: it lists no project), that went away (404) or whose validation
/// failed in the engine (5xx) is counted as a failure and keeps its listed status; a server without the route stops
/// the run with an error that says so.
/// </summary>
internal static class CredentialCheck
{
    /// <summary>The code of a 404 that names a missing row, as opposed to a missing route.</summary>
    private const string EntityNotFound = "ENTITY_NOT_FOUND";

    public static async Task<Result> RevalidateAsync(
        AppConnectionsResource app,
        IReadOnlyList<AppConnection> rows,
        int maxConcurrency,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Result.None;
        }

        var answered = new ConcurrentDictionary<string, AppConnection>(StringComparer.Ordinal);
        var failures = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(rows, parallel, async (row, ct) =>
        {
            if (await TryRevalidateAsync(app, row, ct).ConfigureAwait(false) is { } checkedRow)
            {
                answered[row.Id] = checkedRow;
            }
            else
            {
                Interlocked.Increment(ref failures);
            }
        }).ConfigureAwait(false);

        return new Result(answered, failures);
    }

    /// <summary>The row with the status the server set, or <see langword="null"/> when there was no verdict.</summary>
    public static async Task<AppConnection?> TryRevalidateAsync(AppConnectionsResource app, AppConnection row, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await app.RevalidateAsync(row.Id, cancellationToken).ConfigureAwait(false);
            return WithStatus(row, answer);
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.NotFound && !string.Equals(e.Code, EntityNotFound, StringComparison.Ordinal))
        {
            throw new ActivepiecesApiException(
                "The Activepieces server has no POST /v1/app-connections/:id/revalidate (it came with 0.86.3): run without revalidation, or upgrade the server.",
                e)
            {
                StatusCode = e.StatusCode,
                Code = e.Code,
                ServerMessage = e.ServerMessage,
                Method = e.Method,
                Path = e.Path,
            };
        }
        catch (ActivepiecesApiException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden || (int)e.StatusCode >= 500)
        {
            return null;
        }
    }

    /// <summary>The listed row (which may carry more than the revalidation's answer) with the answer's status and time.</summary>
    private static AppConnection WithStatus(AppConnection listed, AppConnection answer) => new()
    {
        Id = listed.Id,
        Created = listed.Created,
        Updated = answer.Updated,
        ExternalId = listed.ExternalId,
        DisplayName = listed.DisplayName,
        Type = listed.Type,
        PieceName = listed.PieceName,
        PieceVersion = listed.PieceVersion,
        ProjectIds = listed.ProjectIds,
        PlatformId = listed.PlatformId,
        Scope = listed.Scope,
        Status = answer.Status,
        OwnerId = listed.OwnerId,
        FlowIds = listed.FlowIds,
        PreSelectForNewProjects = listed.PreSelectForNewProjects,
        Metadata = answer.Metadata ?? listed.Metadata,
        UsingSecretManager = listed.UsingSecretManager,
        Owner = listed.Owner,
    };

    /// <summary>What a revalidation pass found.</summary>
    internal sealed class Result
    {
        public static readonly Result None = new(new Dictionary<string, AppConnection>(StringComparer.Ordinal), 0);

        public Result(IReadOnlyDictionary<string, AppConnection> revalidated, int failures)
        {
            Revalidated = revalidated;
            Failures = failures;
            Rejected = revalidated.Values.Where(row => row.Status == AppConnectionStatus.Error).Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>The rows the server gave a verdict on, by id, with their new status.</summary>
        public IReadOnlyDictionary<string, AppConnection> Revalidated { get; }

        /// <summary>The ids of the rows the piece rejected (now ERROR).</summary>
        public IReadOnlySet<string> Rejected { get; }

        /// <summary>The revalidations without a verdict.</summary>
        public int Failures { get; }

        /// <summary><paramref name="rows"/> with each revalidated row replaced by its new state.</summary>
        public IReadOnlyList<AppConnection> Apply(IReadOnlyList<AppConnection> rows) =>
            Revalidated.Count == 0 ? rows : [.. rows.Select(row => Revalidated.TryGetValue(row.Id, out var revalidated) ? revalidated : row)];
    }
}
