namespace Activepieces;

/// <summary>The pinned-piece-version rule. APC009 and <c>PredefinedConnectionDescriptor</c> both apply <see cref="IsValid"/>.</summary>
internal static class PieceVersions
{
    /// <summary>What a valid piece version looks like, for messages.</summary>
    public const string Rule = "a semver version such as '0.2.7'";

    /// <summary>
    /// Whether <paramref name="version"/> is a semantic version <c>MAJOR.MINOR.PATCH</c> with an optional
    /// <c>-prerelease</c> and <c>+build</c> (no leading zeros in the numbers).
    /// </summary>
    /// <param name="version">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(string? version)
    {
        if (version is null || version.Length == 0)
        {
            return false;
        }

        var end = version.Length;
        var plus = version.IndexOf('+');
        if (plus >= 0)
        {
            if (!AreDotSeparatedIdentifiers(version, plus + 1, version.Length))
            {
                return false;
            }

            end = plus;
        }

        var dash = version.IndexOf('-');
        if (dash >= 0 && dash < end)
        {
            if (!AreDotSeparatedIdentifiers(version, dash + 1, end))
            {
                return false;
            }

            end = dash;
        }

        var numbers = 0;
        var start = 0;
        for (var i = 0; i <= end; i++)
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

    private static bool IsNumericIdentifier(string text, int start, int end)
    {
        if (end <= start || (end - start > 1 && text[start] == '0'))
        {
            return false;
        }

        for (var i = start; i < end; i++)
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

        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '.')
            {
                if (i == partStart)
                {
                    return false;
                }

                partStart = i + 1;
            }
            else if (text[i] is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
