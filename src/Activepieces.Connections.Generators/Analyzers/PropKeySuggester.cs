using System;
using System.Collections.Generic;
using System.Text;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>
/// Finds the prop key a member most likely meant: first a key equal to the member's name or key once case, '_' and
/// '-' are ignored (<c>WebsiteUrl</c> → <c>website_url</c>), then the closest key by edit distance among those that
/// are close (a third of the key's length) or that start the name or are started by it (<c>HostName</c> → <c>host</c>).
/// </summary>
internal static class PropKeySuggester
{
    /// <summary>The closest key among <paramref name="keys"/>, or null when none is close.</summary>
    /// <param name="memberName">The C# member name, e.g. <c>WebsiteUrl</c>.</param>
    /// <param name="key">The key the member maps to today, e.g. <c>websiteUrl</c>.</param>
    /// <param name="keys">The candidate prop keys.</param>
    public static string? Suggest(string memberName, string key, IEnumerable<string> keys)
    {
        var normalizedName = Normalize(memberName);
        var normalizedKey = Normalize(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in keys)
        {
            var normalized = Normalize(candidate);
            if (normalized == normalizedName || normalized == normalizedKey)
            {
                return candidate;
            }

            var distance = Math.Min(Distance(normalized, normalizedName), Distance(normalized, normalizedKey));
            var isClose = distance <= Math.Max(1, normalized.Length / 3)
                || IsPrefixOfEither(normalized, normalizedName)
                || IsPrefixOfEither(normalized, normalizedKey);
            if (isClose && distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Whether one of two strings starts with the other, the shorter having at least three characters.</summary>
    private static bool IsPrefixOfEither(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    private static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is not ('_' or '-' or ' ' or '.'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The Levenshtein distance between two strings (both short: member names and prop keys).</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
