using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>The naming rules of the generator: key conventions and the defaults derived from the piece and type names.</summary>
internal static class NamingConventions
{
    private static readonly string[] ClientNameSuffixes = { "Connection", "Credentials", "Auth", "Props" };

    /// <summary>
    /// The camelCase form of a member name, as <c>JsonNamingPolicy.CamelCase</c> does it: <c>ApiKey</c> → <c>apiKey</c>,
    /// <c>URLPath</c> → <c>urlPath</c>, <c>ID</c> → <c>id</c>.
    /// </summary>
    /// <param name="name">A member name.</param>
    /// <returns>The camelCase key.</returns>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The snake_case form of a member name: <c>ClientId</c> → <c>client_id</c>, <c>RedirectURL</c> → <c>redirect_url</c>.</summary>
    /// <param name="name">A member name.</param>
    /// <returns>The snake_case name.</returns>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                bool previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                bool startsWord = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLowerOrDigit || startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The piece's short name: the npm name without its scope and without a leading <c>piece-</c>
    /// (<c>@activepieces/piece-google-sheets</c> → <c>google-sheets</c>).
    /// </summary>
    /// <param name="pieceName">The npm package name.</param>
    /// <returns>The short name (may be empty).</returns>
    public static string PieceShortName(string pieceName)
    {
        string name = pieceName;
        int slash = name.LastIndexOf('/');
        if (slash >= 0)
        {
            name = name.Substring(slash + 1);
        }

        const string PiecePrefix = "piece-";
        if (name.StartsWith(PiecePrefix, System.StringComparison.Ordinal))
        {
            name = name.Substring(PiecePrefix.Length);
        }

        return name;
    }

    /// <summary>
    /// The default external-id prefix: the piece's short name with every character outside <c>[A-Za-z0-9_-]</c>
    /// replaced by <c>_</c>, followed by <c>_</c> (<c>@activepieces/piece-gelato</c> → <c>gelato_</c>).
    /// </summary>
    /// <param name="pieceName">The npm package name.</param>
    /// <returns>The prefix, or an empty string when the piece name has no short name.</returns>
    public static string DefaultExternalIdPrefix(string pieceName)
    {
        string shortName = PieceShortName(pieceName);
        if (shortName.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(shortName.Length + 1);
        foreach (char c in shortName)
        {
            builder.Append(IsAsciiLetterOrDigit(c) || c == '_' || c == '-' ? c : '_');
        }

        return builder.Append('_').ToString();
    }

    /// <summary>
    /// The default display name: the piece's short name in Title Case words followed by <c>Connection</c>
    /// (<c>@activepieces/piece-google-sheets</c> → <c>Google Sheets Connection</c>).
    /// </summary>
    /// <param name="pieceName">The npm package name.</param>
    /// <returns>The display name, or an empty string when the piece name has no short name.</returns>
    public static string DefaultDisplayName(string pieceName)
    {
        string shortName = PieceShortName(pieceName);
        var builder = new StringBuilder(shortName.Length + 11);
        bool startOfWord = true;
        foreach (char c in shortName)
        {
            if (c is '-' or '_' or '.' or '~' or ' ')
            {
                startOfWord = true;
                continue;
            }

            if (startOfWord && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return builder.Length == 0 ? string.Empty : builder.Append(" Connection").ToString();
    }

    /// <summary>
    /// The default stem of the generated method names: the type name without a trailing <c>Connection</c>,
    /// <c>Credentials</c>, <c>Auth</c> or <c>Props</c> (<c>GelatoConnection</c> → <c>Gelato</c>); the whole name when
    /// nothing would be left.
    /// </summary>
    /// <param name="typeName">The type's metadata name.</param>
    /// <returns>The stem.</returns>
    public static string DefaultClientName(string typeName)
    {
        foreach (string suffix in ClientNameSuffixes)
        {
            if (typeName.Length > suffix.Length && typeName.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return typeName.Substring(0, typeName.Length - suffix.Length);
            }
        }

        return typeName;
    }

    /// <summary>Prefixes <paramref name="name"/> with <c>@</c> when it is a C# keyword.</summary>
    /// <param name="name">An identifier.</param>
    /// <returns>The identifier usable in C# source.</returns>
    public static string EscapeIdentifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Whether <paramref name="c"/> is <c>[A-Za-z0-9]</c>.</summary>
    /// <param name="c">A character.</param>
    /// <returns>True for ASCII letters and digits.</returns>
    public static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
