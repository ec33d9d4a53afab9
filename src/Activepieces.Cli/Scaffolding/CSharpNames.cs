using System.Text;

namespace Activepieces.Cli.Scaffolding;

/// <summary>Turns metadata names (prop keys, display names, option labels) into safe C# identifiers.</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// The PascalCase identifier for <paramref name="text"/>: words split at anything but letters and digits, each word's
    /// first letter upper-cased (<c>base_url</c> → <c>BaseUrl</c>, <c>accessKeyId</c> → <c>AccessKeyId</c>); all-capital
    /// words of three letters or more become Pascal case (<c>API Key</c> → <c>ApiKey</c>); a leading digit gets
    /// <paramref name="fallback"/> in front. Empty text gives <paramref name="fallback"/>.
    /// </summary>
    public static string ToPascalCase(string? text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(text ?? string.Empty))
        {
            var isAcronym = word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(isAcronym ? word[1..].ToLowerInvariant() : word[1..]);
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, fallback);
        }

        return Escape(builder.ToString());
    }

    /// <summary>Whether <paramref name="name"/> is a plain C# identifier (letters, digits, '_', not starting with a digit, no keyword).</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsLetterOrDigit(c) || c == '_')
        && !Keywords.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a dotted namespace name such as <c>Acme.Connections</c>.</summary>
    public static bool IsNamespace(string name) => name.Split('.').All(IsIdentifier);

    /// <summary>Prefixes a keyword with <c>@</c>.</summary>
    public static string Escape(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && c < 0x3000)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
