using System;
using System.Collections.Generic;
using System.Globalization;

namespace Activepieces.CSharp;

/// <summary>
/// Hands out identifiers that are unique within one scope (a type's members, an enum's values): the scaffolder and the
/// code fixes both name new members through it.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    /// <summary>Creates a scope in which <paramref name="reserved"/> are already taken.</summary>
    /// <param name="reserved">Names (without <c>@</c>) no claim may return.</param>
    public NameScope(IEnumerable<string> reserved) => _taken = new HashSet<string>(reserved, StringComparer.Ordinal);

    /// <summary>Claims <paramref name="desired"/>, or <c>{desired}2</c>, <c>{desired}3</c>, … when taken.</summary>
    /// <param name="desired">An identifier, possibly escaped with <c>@</c>.</param>
    /// <returns>The claimed identifier (escaped like <paramref name="desired"/> when it is <paramref name="desired"/>).</returns>
    public string Claim(string desired)
    {
        var bare = CSharpNames.Unescape(desired);
        var name = desired;
        for (var suffix = 2; !_taken.Add(CSharpNames.Unescape(name)); suffix++)
        {
            name = bare + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
