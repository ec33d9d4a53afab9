using System.Net;
using Activepieces;

namespace Gelato.Backend;

/// <summary>
/// The piece set of the SaaS's plan tier: which pieces its customers' projects show. Every embed login assigns the
/// project the set its token names, so the backend keeps one set per tier (<c>PieceSets.EnsureAsync</c>, at start) and
/// mints v4 tokens with its key. The sample has one tier, with the Gelato piece.
/// </summary>
/// <remarks>
/// A failed ensure at start (the instance is down) is retried before the next token is minted. A platform whose plan
/// lacks piece management answers 402: then the tokens name no set, and each login assigns the platform's default set;
/// that is remembered until the backend restarts.
/// </remarks>
public sealed partial class PlanPieceSet
{
    /// <summary>The tier's set key, the <c>pieceSet</c> claim of its tokens.</summary>
    public const string Key = "gelato-standard";

    /// <summary>The tier's set name, as the Activepieces admin console shows it.</summary>
    public const string Name = "Gelato Standard";

    /// <summary>The pieces of the tier.</summary>
    public static readonly IReadOnlyList<string> Pieces = [GelatoConnection.PieceName];

    private readonly ILogger<PlanPieceSet> _logger;
    private readonly SemaphoreSlim _ensure = new(1, 1);
    private volatile bool _settled;
    private string? _key;

    /// <summary>Creates the tier's set holder; nothing is sent until <see cref="GetKeyAsync"/>.</summary>
    /// <param name="logger">Logs a failed ensure (never a key or a credential).</param>
    public PlanPieceSet(ILogger<PlanPieceSet> logger) => _logger = logger;

    /// <summary>
    /// The key to put in a token: <see cref="Key"/> once the set is ensured, <see langword="null"/> when the plan has
    /// no piece sets. The first call ensures the set; the next ones send nothing.
    /// </summary>
    /// <param name="client">The Activepieces client.</param>
    /// <param name="cancellationToken">Cancels the ensure.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    /// <exception cref="ActivepiecesException">The ensure failed; the next call tries again.</exception>
    public async Task<string?> GetKeyAsync(ActivepiecesClient client, CancellationToken cancellationToken)
    {
        if (_settled)
        {
            return _key;
        }

        await _ensure.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_settled)
            {
                try
                {
                    await client.PieceSets.EnsureAsync(Key, Name, [.. Pieces], cancellationToken).ConfigureAwait(false);
                    _key = Key;
                }
                catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.PaymentRequired)
                {
                    LogNoPieceSets(_logger, e.Code);
                }

                _settled = true;
            }

            return _key;
        }
        finally
        {
            _ensure.Release();
        }
    }

    /// <summary>At start: ensures the set, and logs instead of failing the start when the instance does not answer.</summary>
    /// <param name="client">The Activepieces client.</param>
    /// <param name="cancellationToken">Cancels the ensure.</param>
    /// <returns>A task that completes when the set is ensured or the failure is logged.</returns>
    public async Task EnsureAtStartAsync(ActivepiecesClient client, CancellationToken cancellationToken)
    {
        try
        {
            await GetKeyAsync(client, cancellationToken).ConfigureAwait(false);
        }
        catch (ActivepiecesException e)
        {
            LogEnsureFailed(_logger, e.GetType().Name, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform's plan has no piece sets ({Code}): embed tokens name none, so each login assigns the default set")]
    private static partial void LogNoPieceSets(ILogger logger, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The piece set could not be ensured at start ({ExceptionType}: {Reason}); it is ensured again before the next token")]
    private static partial void LogEnsureFailed(ILogger logger, string exceptionType, string reason);
}
