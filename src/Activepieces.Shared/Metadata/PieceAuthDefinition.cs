using System.Collections.Immutable;

namespace Activepieces.Metadata;

/// <summary>One auth entry of a piece.</summary>
/// <param name="Type">The metadata auth type, e.g. <c>CUSTOM_AUTH</c> (see <see cref="PieceMetadataTypes"/>); unknown types are kept.</param>
/// <param name="Required">Whether the piece requires the auth.</param>
/// <param name="DisplayName">The entry's display name, if any.</param>
/// <param name="Description">The entry's description, if any.</param>
/// <param name="Props">The entry's props in document order (CUSTOM_AUTH and OIDC props, OAUTH2 extra props; empty otherwise).</param>
/// <param name="Username">The labels of the BASIC_AUTH username, if the entry has them.</param>
/// <param name="Password">The labels of the BASIC_AUTH password, if the entry has them.</param>
/// <param name="Scope">The scopes an OAUTH2 entry asks for (empty otherwise).</param>
internal sealed record PieceAuthDefinition(
    string Type,
    bool Required,
    string? DisplayName,
    string? Description,
    ImmutableArray<PiecePropDefinition> Props,
    PieceFieldLabel? Username,
    PieceFieldLabel? Password,
    ImmutableArray<string> Scope)
{
    /// <summary>The prop with key <paramref name="key"/>, or null.</summary>
    /// <param name="key">The prop key.</param>
    /// <returns>The prop, or null.</returns>
    public PiecePropDefinition? FindProp(string key)
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
