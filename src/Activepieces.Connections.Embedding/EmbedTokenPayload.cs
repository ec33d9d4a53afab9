namespace Activepieces.Embedding;

/// <summary>Turns <see cref="EmbedTokenClaims"/> into the v3 JWT payload, validating every claim.</summary>
internal static class EmbedTokenPayload
{
    public static Dictionary<string, object> From(EmbedTokenClaims claims)
    {
        var payload = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["version"] = "v3",
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
