using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Pieces;

/// <summary>
/// A piece's npm package name and its short name. <c>gelato</c>, <c>piece-gelato</c> and
/// <c>@activepieces/piece-gelato</c> all mean <c>@activepieces/piece-gelato</c> (short name <c>gelato</c>); a name in
/// another scope (<c>@acme/piece-billing</c>) is kept as written. Validity and the short name follow the runtime's
/// <see cref="PieceNames"/> rule, the one APC002 applies.
/// </summary>
/// <param name="FullName">The npm package name the instance knows the piece by.</param>
/// <param name="ShortName">The name without scope and <c>piece-</c> prefix: the file stem of <c>{short}.piece.json</c>.</param>
internal sealed record PieceName(string FullName, string ShortName)
{
    private const string OfficialScope = "@activepieces/";
    private const string PiecePrefix = "piece-";

    /// <summary>Parses what the user typed.</summary>
    /// <exception cref="CliException">The text is not an npm package name.</exception>
    public static PieceName Parse(string text)
    {
        var name = text.Trim();

        // "-x" is an option the user mistyped, never the short name of @activepieces/piece--x.
        if (name.StartsWith('-'))
        {
            throw new CliException($"'{text}' is not a piece name: use gelato, piece-gelato or @activepieces/piece-gelato ({PieceNames.Rule}).");
        }

        if (!name.StartsWith('@'))
        {
            name = OfficialScope + (name.StartsWith(PiecePrefix, StringComparison.Ordinal) ? name : PiecePrefix + name);
        }

        var shortName = PieceNames.ShortName(name);
        if (!PieceNames.IsValid(name) || shortName.Length == 0)
        {
            throw new CliException($"'{text}' is not a piece name: use gelato, piece-gelato or @activepieces/piece-gelato ({PieceNames.Rule}).");
        }

        return new PieceName(name, shortName);
    }

    /// <inheritdoc/>
    public override string ToString() => FullName;
}
