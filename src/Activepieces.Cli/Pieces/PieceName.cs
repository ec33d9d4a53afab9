using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Pieces;

/// <summary>
/// A piece's npm package name and its short name. <c>gelato</c>, <c>piece-gelato</c> and
/// <c>@activepieces/piece-gelato</c> all mean <c>@activepieces/piece-gelato</c> (short name <c>gelato</c>); a name in
/// another scope (<c>@acme/piece-billing</c>) is kept as written.
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
        string scope;
        string bare;
        if (name.StartsWith('@'))
        {
            var slash = name.IndexOf('/', StringComparison.Ordinal);
            if (slash < 2 || slash == name.Length - 1)
            {
                throw Invalid(text);
            }

            scope = name[..(slash + 1)];
            bare = name[(slash + 1)..];
            if (!IsNpmNamePart(scope[1..^1]))
            {
                throw Invalid(text);
            }
        }
        else
        {
            scope = OfficialScope;
            bare = name.StartsWith(PiecePrefix, StringComparison.Ordinal) ? name : PiecePrefix + name;
        }

        if (!IsNpmNamePart(bare) || bare == PiecePrefix)
        {
            throw Invalid(text);
        }

        var shortName = bare.StartsWith(PiecePrefix, StringComparison.Ordinal) && bare.Length > PiecePrefix.Length ? bare[PiecePrefix.Length..] : bare;
        return new PieceName(scope + bare, shortName);
    }

    /// <summary>The short name of a full npm name, e.g. <c>@activepieces/piece-mysql</c> → <c>mysql</c>.</summary>
    public static string ShortNameOf(string fullName)
    {
        var bare = fullName[(fullName.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return bare.StartsWith(PiecePrefix, StringComparison.Ordinal) && bare.Length > PiecePrefix.Length ? bare[PiecePrefix.Length..] : bare;
    }

    /// <inheritdoc/>
    public override string ToString() => FullName;

    private static bool IsNpmNamePart(string part) =>
        part.Length is > 0 and <= 214
        && part[0] is not ('.' or '_')
        && part.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~');

    private static CliException Invalid(string text) =>
        new($"'{text}' is not a piece name: use gelato, piece-gelato or @activepieces/piece-gelato (lowercase npm name).");
}
