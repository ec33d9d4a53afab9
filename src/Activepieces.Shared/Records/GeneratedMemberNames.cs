namespace Activepieces.Records;

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

    /// <summary>
    /// The names a new member of a <c>[PieceAuth]</c> type cannot take: those the generator adds, and those every record
    /// or object already has. The scaffolder and the code fixes both name members around them.
    /// </summary>
    public static readonly string[] Reserved =
    [
        .. All,
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
        "PrintMembers", "Deconstruct", "Clone",
    ];
}
