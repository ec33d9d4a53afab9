using System.Collections.Immutable;

namespace Activepieces.Connections.Generators.Metadata;

/// <summary>What the analyzers use of a piece's metadata (<c>GET /api/v1/pieces/{name}</c>).</summary>
/// <param name="Name">The piece's npm package name, e.g. <c>@activepieces/piece-mysql</c>.</param>
/// <param name="Version">The piece version the file describes, if it says.</param>
/// <param name="Auths">The piece's auth entries (empty when the piece needs no auth).</param>
internal sealed record PieceMetadata(string Name, string? Version, ImmutableArray<PieceAuthMetadata> Auths)
{
    /// <summary>The entry whose <c>type</c> is <paramref name="metadataAuthType"/>, or null.</summary>
    public PieceAuthMetadata? FindAuth(string metadataAuthType)
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

/// <summary>One auth entry of a piece.</summary>
/// <param name="Type">The metadata auth type, e.g. <c>CUSTOM_AUTH</c> (see <see cref="PieceMetadataTypes"/>); unknown types are kept.</param>
/// <param name="Props">The entry's props in document order (CUSTOM_AUTH and OIDC props, OAUTH2 extra props; empty otherwise).</param>
internal sealed record PieceAuthMetadata(string Type, ImmutableArray<PiecePropMetadata> Props)
{
    /// <summary>The prop with key <paramref name="key"/>, or null.</summary>
    public PiecePropMetadata? FindProp(string key)
    {
        foreach (var prop in Props)
        {
            if (prop.Key == key)
            {
                return prop;
            }
        }

        return null;
    }
}

/// <summary>One prop of an auth entry.</summary>
/// <param name="Key">The prop key, e.g. <c>host</c>.</param>
/// <param name="Type">The prop type, e.g. <c>NUMBER</c> (see <see cref="PieceMetadataTypes"/>); unknown types are kept.</param>
/// <param name="Required">Whether the piece requires a value.</param>
/// <param name="OptionValues">
/// The option values of a STATIC_DROPDOWN or STATIC_MULTI_SELECT_DROPDOWN: strings as they are, other JSON values as
/// their JSON text; empty for other types.
/// </param>
internal sealed record PiecePropMetadata(string Key, string Type, bool Required, ImmutableArray<string> OptionValues);
