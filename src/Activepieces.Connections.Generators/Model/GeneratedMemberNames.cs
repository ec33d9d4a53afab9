#if BUILDING_SOURCE_GENERATOR
using Activepieces.Connections.Generators.Contracts;
#endif

// The CLI links this file too, so that a scaffolded record never declares a member the generator adds; there
// PieceAuthAttribute is the runtime's Activepieces.PieceAuthAttribute, found through the enclosing namespace.

namespace Activepieces.Connections.Generators.Model;

/// <summary>The names of the members the generator adds to a <c>[PieceAuth]</c> type; a user member with one of them is a conflict (APC020).</summary>
internal static class GeneratedMemberNames
{
    /// <summary>The nested class holding the pre-encoded JSON names and literals of <c>WriteValue</c>.</summary>
    public const string EncodedTextClass = "__ActivepiecesJsonText";

    /// <summary>Every generated member name.</summary>
    public static readonly string[] All =
    {
        nameof(PieceAuthAttribute.PieceName),
        nameof(PieceAuthAttribute.ExternalIdPrefix),
        "ConnectionDescriptor",
        "ExternalIdFor",
        "TryGetExternalProjectId",
        EncodedTextClass,
    };
}
