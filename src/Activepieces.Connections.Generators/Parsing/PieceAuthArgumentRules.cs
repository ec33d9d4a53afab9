using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>Validation rules of the <c>[PieceAuth]</c> arguments.</summary>
internal static class PieceAuthArgumentRules
{
    private const int MaxNpmNameLength = 214;

    /// <summary>
    /// Whether <paramref name="pieceName"/> is an npm package name: at most 214 characters, an optional
    /// <c>@scope/</c>, then lower-case letters, digits and <c>-._~</c>, not starting with <c>.</c> or <c>_</c>.
    /// </summary>
    /// <param name="pieceName">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidPieceName(string? pieceName)
    {
        if (pieceName is null || pieceName.Length == 0 || pieceName.Length > MaxNpmNameLength)
        {
            return false;
        }

        string name = pieceName;
        if (name[0] == '@')
        {
            int slash = name.IndexOf('/');
            if (slash < 2 || !IsValidNpmNamePart(name.Substring(1, slash - 1)))
            {
                return false;
            }

            name = name.Substring(slash + 1);
        }

        return IsValidNpmNamePart(name);
    }

    /// <summary>Whether <paramref name="prefix"/> is non-empty and only has <c>[A-Za-z0-9_.:-]</c>.</summary>
    /// <param name="prefix">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidExternalIdPrefix(string? prefix)
    {
        if (prefix is null || prefix.Length == 0)
        {
            return false;
        }

        foreach (char c in prefix)
        {
            if (!NamingConventions.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="displayName"/> has a non-white-space character.</summary>
    /// <param name="displayName">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidDisplayName(string? displayName)
    {
        if (displayName is null)
        {
            return false;
        }

        foreach (char c in displayName)
        {
            if (!char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="version"/> is a semantic version <c>MAJOR.MINOR.PATCH</c> with an optional
    /// <c>-prerelease</c> and <c>+build</c> (no leading zeros in the numbers).
    /// </summary>
    /// <param name="version">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidSemanticVersion(string? version)
    {
        if (version is null || version.Length == 0)
        {
            return false;
        }

        int end = version.Length;
        int plus = version.IndexOf('+');
        if (plus >= 0)
        {
            if (!AreDotSeparatedIdentifiers(version, plus + 1, version.Length))
            {
                return false;
            }

            end = plus;
        }

        int dash = version.IndexOf('-');
        if (dash >= 0 && dash < end)
        {
            if (!AreDotSeparatedIdentifiers(version, dash + 1, end))
            {
                return false;
            }

            end = dash;
        }

        int numbers = 0;
        int start = 0;
        for (int i = 0; i <= end; i++)
        {
            if (i == end || version[i] == '.')
            {
                if (!IsNumericIdentifier(version, start, i))
                {
                    return false;
                }

                numbers++;
                start = i + 1;
            }
        }

        return numbers == 3;
    }

    /// <summary>Whether <paramref name="clientName"/> is a C# identifier (the stem of the generated method names).</summary>
    /// <param name="clientName">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidClientName(string? clientName) =>
        clientName is not null && SyntaxFacts.IsValidIdentifier(clientName);

    private static bool IsValidNpmNamePart(string part)
    {
        if (part.Length == 0 || part[0] is '.' or '_')
        {
            return false;
        }

        foreach (char c in part)
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumericIdentifier(string text, int start, int end)
    {
        if (end <= start || (end - start > 1 && text[start] == '0'))
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreDotSeparatedIdentifiers(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        int partStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || text[i] == '.')
            {
                if (i == partStart)
                {
                    return false;
                }

                partStart = i + 1;
            }
            else if (!NamingConventions.IsAsciiLetterOrDigit(text[i]) && text[i] != '-')
            {
                return false;
            }
        }

        return true;
    }
}
