using System.Globalization;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Services.Pieces;

/// <summary>
/// Semantic versions as node-semver's <c>semver.valid</c> accepts them (strict mode: trimmed, optional leading
/// <c>v</c>), with the semver 2.0 precedence for picking the latest piece version.
/// </summary>
internal sealed partial class SemanticVersion : IComparable<SemanticVersion>
{
    private const int MaxLength = 256;
    private readonly long[] _core;
    private readonly string[] _preRelease;

    private SemanticVersion(long[] core, string[] preRelease)
    {
        _core = core;
        _preRelease = preRelease;
    }

    /// <summary>Parses <paramref name="text"/>; <see langword="null"/> when <c>semver.valid</c> would reject it.</summary>
    public static SemanticVersion? TryParse(string? text)
    {
        if (text is null || text.Length > MaxLength)
        {
            return null;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var core = new long[3];
        for (var i = 0; i < 3; i++)
        {
            if (!long.TryParse(match.Groups[i + 1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out core[i])
                || core[i] > 9007199254740991)
            {
                return null;
            }
        }

        var preRelease = match.Groups[4].Success ? match.Groups[4].Value.Split('.') : [];
        return new SemanticVersion(core, preRelease);
    }

    /// <summary>Whether <paramref name="text"/> is a valid semantic version.</summary>
    public static bool IsValid(string? text) => TryParse(text) is not null;

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < 3; i++)
        {
            var byCore = _core[i].CompareTo(other._core[i]);
            if (byCore != 0)
            {
                return byCore;
            }
        }

        if (_preRelease.Length == 0 || other._preRelease.Length == 0)
        {
            return other._preRelease.Length.CompareTo(_preRelease.Length);
        }

        for (var i = 0; i < Math.Min(_preRelease.Length, other._preRelease.Length); i++)
        {
            var byIdentifier = CompareIdentifier(_preRelease[i], other._preRelease[i]);
            if (byIdentifier != 0)
            {
                return byIdentifier;
            }
        }

        return _preRelease.Length.CompareTo(other._preRelease.Length);
    }

    private static int CompareIdentifier(string left, string right)
    {
        var leftIsNumber = long.TryParse(left, NumberStyles.None, CultureInfo.InvariantCulture, out var leftNumber);
        var rightIsNumber = long.TryParse(right, NumberStyles.None, CultureInfo.InvariantCulture, out var rightNumber);
        return (leftIsNumber, rightIsNumber) switch
        {
            (true, true) => leftNumber.CompareTo(rightNumber),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(left, right),
        };
    }

    [GeneratedRegex(
        @"^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
