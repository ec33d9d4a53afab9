using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.CodeFixes;

/// <summary>Names a new member after a prop key: <c>website_url</c> → <c>WebsiteUrl</c>, <c>accountId</c> → <c>AccountId</c>.</summary>
internal static class PropMemberNames
{
    /// <summary>The PascalCase member name for <paramref name="key"/>, unique among <paramref name="taken"/>.</summary>
    public static string FromKey(string key, ICollection<string> taken)
    {
        var builder = new StringBuilder(key.Length);
        var startOfWord = true;
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, "Prop");
        }

        var name = builder.ToString();
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name += "Value";
        }

        var unique = name;
        for (var i = 2; taken.Contains(unique); i++)
        {
            unique = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
