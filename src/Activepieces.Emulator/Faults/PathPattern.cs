using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Faults;

/// <summary>
/// A request-path pattern: literal text, <c>*</c> for one path segment (no <c>/</c>), <c>**</c> for anything.
/// Example: <c>/api/v1/global-connections/*</c>. Matching is case-sensitive and ignores the query string.
/// </summary>
internal sealed class PathPattern
{
    private readonly Regex _regex;

    public PathPattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        Text = pattern;
        var expression = Regex.Escape(pattern).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal);
        _regex = new Regex("^" + expression + "$", RegexOptions.CultureInvariant);
    }

    public string Text { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path);
}
