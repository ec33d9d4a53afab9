namespace Activepieces.Embedding;

/// <summary>Which pieces the embedded project shows (<c>piecesFilterType</c> claim).</summary>
public enum EmbedPiecesFilterType
{
    /// <summary><c>NONE</c>: every piece.</summary>
    None,

    /// <summary><c>ALLOWED</c>: only pieces carrying one of <see cref="EmbedTokenClaims.PiecesTags"/>.</summary>
    Allowed,
}
