using System.Net;
using Activepieces.Transport;
using Activepieces.Transport.Json;

namespace Activepieces.Resources.PieceSets;

/// <summary>
/// The <c>/v1/piece-sets</c> routes (<c>ee/pieces/piece-set/piece-set.controller.ts</c>), one call each, with the
/// argument checks the server's schemas make. Every route is behind the platform plan's <c>managePiecesEnabled</c>:
/// its 402 becomes an <see cref="ActivepiecesApiException"/> whose message says so.
/// </summary>
internal sealed class PieceSetsResource
{
    /// <summary>The route of the piece sets, relative to <c>/api/</c>.</summary>
    public const string Route = "v1/piece-sets";

    /// <summary>The largest page the list route accepts (<c>limit</c> 1–100).</summary>
    public const int MaxPageSize = 100;

    private readonly ApiTransport _transport;

    public PieceSetsResource(ApiTransport transport) => _transport = transport;

    public IAsyncEnumerable<PieceSet> ListAsync(CancellationToken cancellationToken) =>
        WithPlanMessage(Paging.EnumerateAsync(_transport, Route, new QueryString().Add("limit", MaxPageSize), ActivepiecesJsonContext.Default.SeekPagePieceSet, cancellationToken), cancellationToken);

    /// <summary>Creates a set; not retried (a lost answer and a retry would meet the 409 of a used key).</summary>
    public async Task<PieceSet> CreateAsync(CreatePieceSetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireText(request.Name, "request.Name");
        if (request.Key is not null)
        {
            RequireText(request.Key, "request.Key");
        }

        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.CreatePieceSetRequest);
        return await WithPlanMessage(() => _transport.SendAsync(ApiRequest.Post(Route, body, retrySafe: false), ActivepiecesJsonContext.Default.PieceSet, cancellationToken))
            .ConfigureAwait(false);
    }

    public Task<PieceSet> GetAsync(string pieceSetId, CancellationToken cancellationToken)
    {
        var path = PathOf(pieceSetId);
        return WithPlanMessage(() => _transport.SendAsync(ApiRequest.Get(path), ActivepiecesJsonContext.Default.PieceSet, cancellationToken));
    }

    public async Task<PieceSet> UpdateAsync(string pieceSetId, UpdatePieceSetRequest request, CancellationToken cancellationToken)
    {
        var path = PathOf(pieceSetId);
        ArgumentNullException.ThrowIfNull(request);
        ValidateUpdate(request);
        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.UpdatePieceSetRequest);
        return await WithPlanMessage(() => _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: true), ActivepiecesJsonContext.Default.PieceSet, cancellationToken))
            .ConfigureAwait(false);
    }

    public Task DeleteAsync(string pieceSetId, CancellationToken cancellationToken)
    {
        var path = PathOf(pieceSetId);
        return WithPlanMessage(async () =>
        {
            await _transport.SendAsync(ApiRequest.Delete(path), cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>Copies a set into a new one named <paramref name="name"/>; not retried (a retry would make a second copy).</summary>
    public async Task<PieceSet> DuplicateAsync(string pieceSetId, string name, CancellationToken cancellationToken)
    {
        var path = PathOf(pieceSetId) + "/duplicate";
        RequireText(name, nameof(name));
        using var body = JsonBodies.Serialize(new DuplicatePieceSetBody { Name = name }, ActivepiecesJsonContext.Default.DuplicatePieceSetBody);
        return await WithPlanMessage(() => _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: false), ActivepiecesJsonContext.Default.PieceSet, cancellationToken))
            .ConfigureAwait(false);
    }

    public async Task AssignProjectsAsync(string pieceSetId, IReadOnlyCollection<string> projectIds, CancellationToken cancellationToken)
    {
        var path = PathOf(pieceSetId) + "/projects";
        ArgumentNullException.ThrowIfNull(projectIds);
        if (projectIds.Count == 0)
        {
            throw new ArgumentException("At least one project id is required.", nameof(projectIds));
        }

        foreach (var projectId in projectIds)
        {
            UrlSegment.Validate(projectId, nameof(projectIds));
        }

        using var body = JsonBodies.Serialize(new AssignPieceSetProjectsBody { ProjectIds = [.. projectIds] }, ActivepiecesJsonContext.Default.AssignPieceSetProjectsBody);
        await WithPlanMessage(async () =>
        {
            await _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: true), cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    public Task UnassignProjectAsync(string pieceSetId, string projectId, CancellationToken cancellationToken)
    {
        var path = PathOf(pieceSetId) + "/projects/" + UrlSegment.Escape(projectId, nameof(projectId));
        return WithPlanMessage(async () =>
        {
            await _transport.SendAsync(ApiRequest.Delete(path), cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>Checks the members of an update that the server's schema bounds (non-empty name and key, a mode).</summary>
    public static void ValidateUpdate(UpdatePieceSetRequest request)
    {
        if (request.Name is not null)
        {
            RequireText(request.Name, "request.Name");
        }

        if (request.Key is not null)
        {
            RequireText(request.Key, "request.Key");
        }

        if (request.Pieces is { } pieces)
        {
            if (pieces.Mode == default)
            {
                throw new ArgumentException("Pieces.Mode is required (include_all or exclude_all).", "request.Pieces");
            }

            if (pieces.Exceptions is null || pieces.Exceptions.Any(string.IsNullOrEmpty))
            {
                throw new ArgumentException("Pieces.Exceptions must be a list of piece names without null or empty entries.", "request.Pieces");
            }
        }
    }

    private static string PathOf(string pieceSetId) => Route + "/" + UrlSegment.Escape(pieceSetId, nameof(pieceSetId));

    private static void RequireText(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty.", paramName);
        }
    }

    private static async Task<T> WithPlanMessage<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.PaymentRequired)
        {
            throw PlanLacksPieceSets(e);
        }
    }

    private static async IAsyncEnumerable<T> WithPlanMessage<T>(
        IAsyncEnumerable<T> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                bool moved;
                try
                {
                    moved = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.PaymentRequired)
                {
                    throw PlanLacksPieceSets(e);
                }

                if (!moved)
                {
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
    }

    /// <summary>The server's 402 with a message that names the missing plan feature; every detail is kept.</summary>
    private static ActivepiecesApiException PlanLacksPieceSets(ActivepiecesApiException e) =>
        new($"{e.Message} The platform's plan does not include piece management (managePiecesEnabled), which piece sets need.", e)
        {
            StatusCode = e.StatusCode,
            Code = e.Code,
            Params = e.Params,
            ServerMessage = e.ServerMessage,
            Method = e.Method,
            Path = e.Path,
            RetryAfter = e.RetryAfter,
        };
}
