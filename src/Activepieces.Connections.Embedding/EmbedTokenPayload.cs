namespace Activepieces.Embedding;

/// <summary>
/// Turns <see cref="EmbedTokenClaims"/> into the JWT payload, validating every claim: v4 when a piece set is named,
/// v3 otherwise (the server's <c>external-token-extractor.ts</c> tries v4, then v3, then v2).
/// </summary>
internal static class EmbedTokenPayload
{
    public static Dictionary<string, object> From(EmbedTokenClaims claims)
    {
        var payload = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["version"] = claims.PieceSet is null ? "v3" : "v4",
            ["externalUserId"] = Required(claims.ExternalUserId, "externalUserId"),
            ["externalProjectId"] = Required(claims.ExternalProjectId, "externalProjectId"),
            ["firstName"] = Required(claims.FirstName, "firstName"),
            ["lastName"] = Required(claims.LastName, "lastName"),
            ["role"] = claims.Role switch
            {
                EmbedUserRole.Editor => "EDITOR",
                EmbedUserRole.Admin => "ADMIN",
                EmbedUserRole.Viewer => "VIEWER",
                _ => throw new ArgumentException($"Unknown role {claims.Role}.", "role"),
            },
        };

        if (claims.PieceSet is { } pieceSet)
        {
            // A v4 token has no piece filter claims: the set alone decides what the project shows.
            if (claims.PiecesFilterType is not null || claims.PiecesTags is not null)
            {
                throw new ArgumentException(
                    "The claim 'pieceSet' (a v4 token) cannot be combined with 'piecesFilterType' or 'piecesTags' (v3 claims); leave PiecesFilterType and PiecesTags out.",
                    "pieceSet");
            }

            payload["pieceSet"] = Required(pieceSet, "pieceSet");
        }

        if (claims.PiecesFilterType is { } filter)
        {
            payload["piecesFilterType"] = filter switch
            {
                EmbedPiecesFilterType.None => "NONE",
                EmbedPiecesFilterType.Allowed => "ALLOWED",
                _ => throw new ArgumentException($"Unknown pieces filter type {filter}.", "piecesFilterType"),
            };
        }

        if (claims.PiecesFilterType == EmbedPiecesFilterType.Allowed && (claims.PiecesTags is null || claims.PiecesTags.Count == 0))
        {
            throw new ArgumentException("The claim 'piecesTags' must name at least one tag when 'piecesFilterType' is ALLOWED (otherwise the project shows no piece).", "piecesTags");
        }

        if (claims.PiecesTags is not null && claims.PiecesFilterType != EmbedPiecesFilterType.Allowed)
        {
            throw new ArgumentException("The claim 'piecesTags' is only read when 'piecesFilterType' is ALLOWED; set PiecesFilterType = Allowed or leave the tags out.", "piecesTags");
        }

        if (claims.PiecesTags is { Count: > 1 })
        {
            // managed-authn-service.ts applyProjectPieceAccess reads only the first tag, as a piece set key.
            throw new ArgumentException(
                "The claim 'piecesTags' names more than one tag, but the server assigns the project only the piece set keyed by the first one; put the pieces in one piece set and name it with PieceSet instead.",
                "piecesTags");
        }

        if (claims.PiecesTags is { } tags)
        {
            var copy = new string[tags.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = Required(tags[i], $"piecesTags[{i}]");
            }

            payload["piecesTags"] = copy;
        }

        if (claims.ProjectDisplayName is { } displayName)
        {
            payload["projectDisplayName"] = Required(displayName, "projectDisplayName");
        }

        if (claims.ConcurrencyPoolKey is { } poolKey)
        {
            payload["concurrencyPoolKey"] = Required(poolKey, "concurrencyPoolKey");
        }

        if (claims.ConcurrencyPoolLimit is { } poolLimit)
        {
            if (poolLimit <= 0)
            {
                throw new ArgumentException("The claim 'concurrencyPoolLimit' must be a positive integer.", "concurrencyPoolLimit");
            }

            payload["concurrencyPoolLimit"] = poolLimit;
        }

        return payload;
    }

    private static string Required(string? value, string claim) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"The claim '{claim}' is required and must not be empty.", claim)
            : value;
}
