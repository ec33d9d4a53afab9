namespace Activepieces;

/// <summary>
/// The pieces of a piece set (<c>pieces</c>): with <see cref="PieceSetPiecesMode.ExcludeAll"/> exactly the
/// <see cref="Exceptions"/>, with <see cref="PieceSetPiecesMode.IncludeAll"/> every piece but them.
/// </summary>
public sealed class PieceSetPieces
{
    /// <summary>How <see cref="Exceptions"/> are read.</summary>
    public required PieceSetPiecesMode Mode { get; init; }

    /// <summary>The npm package names the mode does not apply to, e.g. <c>@activepieces/piece-slack</c>.</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];

    /// <summary>Pieces that show exactly <paramref name="pieceNames"/> (<c>exclude_all</c> with them as exceptions).</summary>
    /// <param name="pieceNames">The npm package names.</param>
    /// <returns>The pieces.</returns>
    public static PieceSetPieces Only(IEnumerable<string> pieceNames)
    {
        ArgumentNullException.ThrowIfNull(pieceNames);
        return new() { Mode = PieceSetPiecesMode.ExcludeAll, Exceptions = [.. pieceNames] };
    }

    /// <summary>The mode and the number of exceptions.</summary>
    /// <returns>E.g. <c>exclude_all except 2</c>.</returns>
    public override string ToString() => $"{Mode} except {Exceptions.Count}";
}
