using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.CSharp;

/// <summary>
/// The one rule from metadata names (prop keys, display names, option labels) to C# identifiers, for the scaffolder,
/// the code fixes and the generator: <c>API_KEY</c> is <c>ApiKey</c> wherever a member is named after it. Keywords
/// are Roslyn's (<see cref="SyntaxFacts"/>) and escaped with <c>@</c>.
/// </summary>
internal static class CSharpNames
{
    /// <summary>The prefix of a member name whose prop key does not start with a letter (<c>2fa</c> → <c>Prop2fa</c>).</summary>
    public const string PropFallback = "Prop";

    /// <summary>
    /// The member name for the prop key <paramref name="key"/>: <c>API_KEY</c> → <c>ApiKey</c>, <c>website_url</c> →
    /// <c>WebsiteUrl</c>, <c>accountId</c> → <c>AccountId</c>, <c>class</c> → <c>@class</c>. Not yet unique in its type:
    /// claim it from the type's <see cref="NameScope"/>.
    /// </summary>
    /// <param name="key">The prop key.</param>
    /// <returns>The identifier.</returns>
    public static string ForPropKey(string key) => ToPascalCase(key, PropFallback);

    /// <summary>
    /// The PascalCase identifier for <paramref name="text"/>: words split at anything but letters and digits, each word's
    /// first letter upper-cased (<c>base_url</c> → <c>BaseUrl</c>, <c>accessKeyId</c> → <c>AccessKeyId</c>); all-capital
    /// words of three letters or more become Pascal case (<c>API Key</c> → <c>ApiKey</c>); a leading digit gets
    /// <paramref name="fallback"/> in front; a keyword is escaped with <c>@</c>. Empty text gives <paramref name="fallback"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="fallback">The name for empty text and the prefix before a leading digit.</param>
    /// <returns>The identifier.</returns>
    public static string ToPascalCase(string? text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(text ?? string.Empty))
        {
            var isAcronym = word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(isAcronym ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
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

    /// <summary>Whether <paramref name="name"/> is a C# identifier that needs no <c>@</c> (a valid identifier, not a keyword).</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>Whether <paramref name="name"/> is a dotted namespace name such as <c>Acme.Connections</c>.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsNamespace(string name) => name.Split('.').All(IsIdentifier);

    /// <summary>Prefixes <paramref name="identifier"/> with <c>@</c> when it is a C# keyword.</summary>
    /// <param name="identifier">An identifier.</param>
    /// <returns>The identifier usable in C# source.</returns>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>The identifier without its <c>@</c>, as the compiler names the symbol.</summary>
    /// <param name="identifier">An identifier, possibly escaped.</param>
    /// <returns>The bare identifier.</returns>
    public static string Unescape(string identifier) =>
        identifier.Length > 1 && identifier[0] == '@' ? identifier.Substring(1) : identifier;

    private static System.Collections.Generic.IEnumerable<string> Words(string text)
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
