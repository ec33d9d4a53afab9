using System.Collections.Immutable;

namespace Activepieces.Metadata;

/// <summary>One prop of an auth entry.</summary>
/// <param name="Key">The prop key, e.g. <c>host</c>.</param>
/// <param name="Type">The prop type, e.g. <c>NUMBER</c> (see <see cref="PieceMetadataTypes"/>); unknown types are kept.</param>
/// <param name="Required">Whether the piece requires a value.</param>
/// <param name="DisplayName">The prop's display name, if any.</param>
/// <param name="Description">The prop's description, if any.</param>
/// <param name="DefaultValueJson">The JSON text of a default value that is a string, number or boolean; null otherwise.</param>
/// <param name="Options">The options of a STATIC_DROPDOWN or STATIC_MULTI_SELECT_DROPDOWN in order; empty for other types.</param>
internal sealed record PiecePropDefinition(
    string Key,
    string Type,
    bool Required,
    string? DisplayName,
    string? Description,
    string? DefaultValueJson,
    ImmutableArray<PiecePropOption> Options)
{
    /// <summary>Whether the prop holds a value (every type but MARKDOWN).</summary>
    public bool CarriesValue => PieceMetadataTypes.CarriesValue(Type);

    /// <summary>Whether the prop holds a secret (SECRET_TEXT).</summary>
    public bool IsSecret => PieceMetadataTypes.IsSecret(Type);

    /// <summary>Whether every option's value is a string (false when there are none).</summary>
    public bool HasOnlyStringOptions
    {
        get
        {
            foreach (var option in Options)
            {
                if (!option.IsString)
                {
                    return false;
                }
            }

            return Options.Length > 0;
        }
    }
}
