using Activepieces.Metadata;

namespace Activepieces.Connections.Generators.Metadata;

/// <summary>Whether a piece's metadata declares the auth type a <c>[PieceAuth]</c> type is declared with (APC010).</summary>
internal static class PieceAuthLookup
{
    /// <summary>Finds the auth entry of <paramref name="authType"/> in <paramref name="metadata"/>.</summary>
    /// <param name="metadata">The piece's metadata.</param>
    /// <param name="authType">A defined auth type.</param>
    /// <param name="entry">The entry; null for NO_AUTH, or when the piece has none of that type.</param>
    /// <returns>
    /// Whether the piece has that auth: an entry of its type, or for <see cref="AuthType.NoAuth"/> no auth at all.
    /// </returns>
    public static bool Declares(PieceDefinition metadata, AuthType authType, out PieceAuthDefinition? entry)
    {
        var metadataType = PieceMetadataTypes.ForAuthType(authType);
        if (metadataType == PieceMetadataTypes.NoAuth)
        {
            entry = null;
            return metadata.Auths.IsEmpty;
        }

        entry = metadata.FindAuth(metadataType);
        return entry is not null;
    }

    /// <summary>Whether <paramref name="catalog"/> has metadata for the piece that contradicts the auth type.</summary>
    /// <param name="catalog">The compilation's metadata files.</param>
    /// <param name="pieceName">A valid piece name.</param>
    /// <param name="authType">A defined auth type.</param>
    /// <returns>True when the metadata analyzer reports APC010 for the type.</returns>
    public static bool Contradicts(PieceMetadataCatalog catalog, string pieceName, AuthType authType) =>
        catalog.Find(pieceName) is { } metadata && !Declares(metadata, authType, out _);
}
