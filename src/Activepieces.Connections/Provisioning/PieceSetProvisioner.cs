using System.Net;
using Activepieces.Resources.PieceSets;

namespace Activepieces.Provisioning;

/// <summary>
/// Ensure of a piece set by key, for a SaaS that keeps one set per plan tier: the set keyed <c>key</c> gets exactly the
/// name and the pieces asked for (<c>pieces: {mode: exclude_all, exceptions}</c>); its actions and triggers are left as
/// they are. The API has no lookup by key, so each call lists the sets (pages of 100) and then writes only what
/// differs: nothing when equal, an update when the name or the pieces differ, a create and an update when missing.
/// </summary>
internal sealed class PieceSetProvisioner
{
    private readonly PieceSetsResource _resource;

    public PieceSetProvisioner(PieceSetsResource resource) => _resource = resource;

    public async Task<PieceSet> EnsureAsync(string key, string name, IReadOnlyCollection<string> pieceNames, CancellationToken cancellationToken)
    {
        var pieces = ValidateArguments(key, name, pieceNames);
        var pieceSet = await FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (pieceSet is null)
        {
            try
            {
                pieceSet = await _resource.CreateAsync(new CreatePieceSetRequest { Name = name, Key = key }, cancellationToken).ConfigureAwait(false);
            }
            catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.Conflict)
            {
                // Another replica created the key since the list was read (409 "Piece set key already used").
                pieceSet = await FindAsync(key, cancellationToken).ConfigureAwait(false);
                if (pieceSet is null)
                {
                    throw;
                }
            }
        }

        if (string.Equals(pieceSet.Name, name, StringComparison.Ordinal) && HasExactly(pieceSet.Pieces, pieces))
        {
            return pieceSet;
        }

        var update = new UpdatePieceSetRequest { Name = name, Pieces = PieceSetPieces.Only(pieces) };
        return await _resource.UpdateAsync(pieceSet.Id, update, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the set shows exactly <paramref name="pieces"/>, in any order.</summary>
    private static bool HasExactly(PieceSetPieces current, IReadOnlyList<string> pieces) =>
        current.Mode == PieceSetPiecesMode.ExcludeAll
        && current.Exceptions.Count == pieces.Count
        && current.Exceptions.ToHashSet(StringComparer.Ordinal).SetEquals(pieces);

    private async Task<PieceSet?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await foreach (var pieceSet in _resource.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(pieceSet.Key, key, StringComparison.Ordinal))
            {
                return pieceSet;
            }
        }

        return null;
    }

    /// <summary>The piece names without repeats, in the caller's order; an argument that the server would refuse throws.</summary>
    private static List<string> ValidateArguments(string key, string name, IReadOnlyCollection<string> pieceNames)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("A piece set key must not be empty.", nameof(key));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A piece set name must not be empty.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(pieceNames);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pieces = new List<string>(pieceNames.Count);
        foreach (var pieceName in pieceNames)
        {
            if (!PieceNames.IsValid(pieceName))
            {
                throw new ArgumentException($"'{pieceName}' is not a piece name: {PieceNames.Rule}.", nameof(pieceNames));
            }

            if (seen.Add(pieceName))
            {
                pieces.Add(pieceName);
            }
        }

        return pieces;
    }
}
