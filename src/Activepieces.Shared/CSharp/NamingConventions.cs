using System.Text;

namespace Activepieces.CSharp;

/// <summary>
/// The naming rules of generated code: OAuth2 field names, the display name and method stem derived from the piece and
/// type names (the generator's C# and the CLI's TypeScript modules name things after the same stem). The prop-key, piece-name and prefix rules are shared with the runtime, and keyword escaping with the CLI
/// and the code fixes (src/Activepieces.Shared).
/// </summary>
internal static class NamingConventions
{
    private static readonly string[] ClientNameSuffixes = { "Connection", "Credentials", "Auth", "Props" };

    /// <summary>The snake_case form of a member name: <c>ClientId</c> → <c>client_id</c>, <c>RedirectURL</c> → <c>redirect_url</c>.</summary>
    /// <param name="name">A member name.</param>
    /// <returns>The snake_case name.</returns>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var startsWord = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
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
    /// The default display name: the piece's short name in Title Case words followed by <c>Connection</c>
    /// (<c>@activepieces/piece-google-sheets</c> → <c>Google Sheets Connection</c>).
    /// </summary>
    /// <param name="pieceName">The npm package name.</param>
    /// <returns>The display name, or an empty string when the piece name has no short name.</returns>
    public static string DefaultDisplayName(string pieceName)
    {
        var shortName = PieceNames.ShortName(pieceName);
        var builder = new StringBuilder(shortName.Length + 11);
        var startOfWord = true;
        foreach (var c in shortName)
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
        foreach (var suffix in ClientNameSuffixes)
        {
            if (typeName.Length > suffix.Length && typeName.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return typeName.Substring(0, typeName.Length - suffix.Length);
            }
        }

        return typeName;
    }
}
