namespace Activepieces.Metadata;

/// <summary>What <see cref="PieceMetadataReader"/> made of a text: the piece, or the problem that makes the text invalid.</summary>
internal sealed class PieceMetadataReadResult
{
    private PieceMetadataReadResult(PieceDefinition? piece, PieceMetadataProblem? problem)
    {
        Piece = piece;
        Problem = problem;
    }

    /// <summary>The piece, when the text is valid metadata.</summary>
    public PieceDefinition? Piece { get; }

    /// <summary>Why the text is not valid metadata, when it is not.</summary>
    public PieceMetadataProblem? Problem { get; }

    /// <summary>A valid reading.</summary>
    /// <param name="piece">The piece.</param>
    /// <returns>The result.</returns>
    public static PieceMetadataReadResult Valid(PieceDefinition piece) => new(piece, null);

    /// <summary>An invalid reading.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <returns>The result.</returns>
    public static PieceMetadataReadResult Invalid(PieceMetadataProblem problem) => new(null, problem);
}
