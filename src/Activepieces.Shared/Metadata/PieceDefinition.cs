using System.Collections.Immutable;

namespace Activepieces.Metadata;

/// <summary>
/// A piece as its metadata describes it (<c>GET /api/v1/pieces/{name}</c>, or a <c>*.piece.json</c> file), read by
/// <see cref="PieceMetadataReader"/>: the fields the analyzers check records against and the ones the CLI scaffolds from.
/// </summary>
/// <param name="Name">The piece's npm package name, e.g. <c>@activepieces/piece-mysql</c>.</param>
/// <param name="Version">The piece version the metadata describes, if it says.</param>
/// <param name="DisplayName">The piece's display name, if any.</param>
/// <param name="Auths">The piece's auth entries in document order, at most one per type (empty when the piece needs no auth).</param>
internal sealed record PieceDefinition(string Name, string? Version, string? DisplayName, ImmutableArray<PieceAuthDefinition> Auths)
{
    /// <summary>The entry whose <c>type</c> is <paramref name="metadataAuthType"/>, or null.</summary>
    /// <param name="metadataAuthType">A metadata auth type, e.g. <c>CUSTOM_AUTH</c>.</param>
    /// <returns>The entry, or null.</returns>
    public PieceAuthDefinition? FindAuth(string metadataAuthType)
    {
        foreach (var auth in Auths)
        {
            if (auth.Type == metadataAuthType)
            {
                return auth;
            }
        }

        return null;
    }
}
