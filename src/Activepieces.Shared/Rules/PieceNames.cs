namespace Activepieces;

/// <summary>
/// The piece-name rule (a piece is named by its npm package name) and the short name derived from it. APC002 and
/// <c>PredefinedConnectionDescriptor</c> both apply <see cref="IsValid"/>.
/// </summary>
internal static class PieceNames
{
    /// <summary>The longest npm package name.</summary>
    public const int MaxLength = 214;

    /// <summary>What a valid piece name looks like, for messages.</summary>
    public const string Rule = "use '@scope/name' or 'name': lower-case letters, digits and '-', '.', '_', '~', at most 214 characters";

    /// <summary>
    /// Whether <paramref name="pieceName"/> is an npm package name: at most 214 characters, an optional
    /// <c>@scope/</c>, then lower-case letters, digits and <c>-._~</c>, not starting with <c>.</c> or <c>_</c>.
    /// </summary>
    /// <param name="pieceName">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? pieceName)
    {
        if (pieceName is null || pieceName.Length == 0 || pieceName.Length > MaxLength)
        {
            return false;
        }

        var nameStart = 0;
        if (pieceName[0] == '@')
        {
            var slash = pieceName.IndexOf('/');
            if (slash < 2 || !IsValidPart(pieceName, 1, slash))
            {
                return false;
            }

            nameStart = slash + 1;
        }

        return IsValidPart(pieceName, nameStart, pieceName.Length);
    }

    /// <summary>
    /// The piece's short name: the npm name without its scope and without a leading <c>piece-</c>
    /// (<c>@activepieces/piece-google-sheets</c> → <c>google-sheets</c>).
    /// </summary>
    /// <param name="pieceName">The npm package name.</param>
    /// <returns>The short name (may be empty).</returns>
    public static string ShortName(string pieceName)
    {
        var name = pieceName;
        var slash = name.LastIndexOf('/');
        if (slash >= 0)
        {
            name = name.Substring(slash + 1);
        }

        const string PiecePrefix = "piece-";
        return name.StartsWith(PiecePrefix, System.StringComparison.Ordinal) ? name.Substring(PiecePrefix.Length) : name;
    }

    /// <summary>Whether <c>text[start..end]</c> is one part of an npm name (the scope or the name).</summary>
    private static bool IsValidPart(string text, int start, int end)
    {
        if (end <= start || text[start] is '.' or '_')
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~'))
            {
                return false;
            }
        }

        return true;
    }
}
