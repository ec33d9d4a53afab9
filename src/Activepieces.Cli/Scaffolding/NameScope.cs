namespace Activepieces.Cli.Scaffolding;

/// <summary>Hands out identifiers that are unique within one scope (a type's members, an enum's values).</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(IEnumerable<string> reserved) => _taken = new HashSet<string>(reserved, StringComparer.Ordinal);

    /// <summary>Claims <paramref name="desired"/>, or <c>{desired}2</c>, <c>{desired}3</c>, … when taken.</summary>
    public string Claim(string desired)
    {
        var name = desired;
        for (var suffix = 2; !_taken.Add(name.TrimStart('@')); suffix++)
        {
            name = desired.TrimStart('@') + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
