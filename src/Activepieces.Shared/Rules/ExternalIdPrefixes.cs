namespace Activepieces;

/// <summary>
/// The external-id prefix rule and the default prefix of a piece. APC003 and <c>PredefinedConnectionDescriptor</c>
/// both apply <see cref="IsValid"/>.
/// </summary>
/// <remarks>
/// Flows reference a connection as <c>{{connections['&lt;prefix&gt;&lt;project id&gt;']}}</c>, and the props resolver
/// breaks on <c>'</c> and <c>.</c>, so a prefix keeps to <c>[A-Za-z0-9_-]</c>.
/// </remarks>
internal static class ExternalIdPrefixes
{
    /// <summary>Whether <paramref name="prefix"/> is non-empty and only has <c>[A-Za-z0-9_-]</c>.</summary>
    /// <param name="prefix">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? prefix) => prefix is not null && prefix.Length > 0 && Problem(prefix) is null;

    /// <summary>What is wrong with <paramref name="prefix"/>, for messages; null when it is valid.</summary>
    /// <param name="prefix">The candidate.</param>
    /// <returns><c>is empty</c>, <c>has characters other than …</c>, or null.</returns>
    public static string? Problem(string prefix)
    {
        if (prefix.Length == 0)
        {
            return "is empty";
        }

        foreach (var c in prefix)
        {
            if (!IsAllowed(c))
            {
                return "has characters other than letters, digits, '_' and '-'";
            }
        }

        return null;
    }

    /// <summary>
    /// The default prefix of a piece: its short name with every character outside <c>[A-Za-z0-9_-]</c> replaced by
    /// <c>_</c>, followed by <c>_</c> (<c>@activepieces/piece-gelato</c> → <c>gelato_</c>).
    /// </summary>
    /// <param name="pieceName">The npm package name.</param>
    /// <returns>The prefix, or an empty string when the piece name has no short name.</returns>
    public static string DefaultFor(string pieceName)
    {
        var shortName = PieceNames.ShortName(pieceName);
        if (shortName.Length == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(shortName.Length + 1);
        foreach (var c in shortName)
        {
            builder.Append(IsAllowed(c) ? c : '_');
        }

        return builder.Append('_').ToString();
    }

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-';
}
