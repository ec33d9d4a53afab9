namespace Activepieces.Metadata;

/// <summary>The <c>type</c> strings of piece metadata (auth entries and props), as the pieces framework writes them.</summary>
internal static class PieceMetadataTypes
{
    public const string SecretTextAuth = "SECRET_TEXT";
    public const string BasicAuth = "BASIC_AUTH";
    public const string CustomAuth = "CUSTOM_AUTH";
    public const string OAuth2 = "OAUTH2";
    public const string Oidc = "OIDC";

    /// <summary>The pseudo type of a piece without auth (<c>PieceAuth.None()</c> writes no <c>auth</c> at all).</summary>
    public const string NoAuth = "NO_AUTH";

    public const string ShortText = "SHORT_TEXT";
    public const string LongText = "LONG_TEXT";
    public const string SecretText = "SECRET_TEXT";
    public const string Number = "NUMBER";
    public const string Checkbox = "CHECKBOX";
    public const string StaticDropdown = "STATIC_DROPDOWN";
    public const string StaticMultiSelectDropdown = "STATIC_MULTI_SELECT_DROPDOWN";
    public const string Markdown = "MARKDOWN";

    /// <summary>The metadata <c>type</c> an auth type is declared with: the three OAuth2 flavours are all <c>OAUTH2</c>.</summary>
    /// <param name="authType">The auth type of a record.</param>
    /// <returns>The auth entry's <c>type</c> in piece metadata; <see cref="NoAuth"/> for an undefined value.</returns>
    public static string ForAuthType(AuthType authType) => authType switch
    {
        AuthType.SecretText => SecretTextAuth,
        AuthType.BasicAuth => BasicAuth,
        AuthType.CustomAuth => CustomAuth,
        AuthType.Oidc => Oidc,
        AuthType.OAuth2 or AuthType.CloudOAuth2 or AuthType.PlatformOAuth2 => OAuth2,
        _ => NoAuth,
    };

    /// <summary>Whether props of <paramref name="propType"/> carry options (<c>options.options[].value</c>).</summary>
    public static bool HasOptions(string propType) => propType is StaticDropdown or StaticMultiSelectDropdown;

    /// <summary>Whether props of <paramref name="propType"/> hold secrets (their members should be <c>[Secret]</c>).</summary>
    public static bool IsSecret(string propType) => propType == SecretText;

    /// <summary>Whether props of <paramref name="propType"/> carry a value at all (MARKDOWN is display text).</summary>
    public static bool CarriesValue(string propType) => propType != Markdown;
}
