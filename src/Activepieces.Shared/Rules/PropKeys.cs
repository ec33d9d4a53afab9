namespace Activepieces;

/// <summary>The prop-key convention: a member without an explicit key is sent under its camelCase name.</summary>
internal static class PropKeys
{
    /// <summary>
    /// The camelCase form of a member name, as <c>JsonNamingPolicy.CamelCase</c> writes it: <c>ApiKey</c> → <c>apiKey</c>,
    /// <c>URLPath</c> → <c>urlPath</c>, <c>ID</c> → <c>id</c>.
    /// </summary>
    /// <param name="memberName">A member name.</param>
    /// <returns>The prop key.</returns>
    public static string FromMemberName(string memberName)
    {
        if (memberName.Length == 0 || !char.IsUpper(memberName[0]))
        {
            return memberName;
        }

        var chars = memberName.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
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
}
