namespace Activepieces.Records;

/// <summary>Facts about each <see cref="WireField"/>: JSON name, secrecy, and which auth kinds require or allow it.</summary>
internal static class WireFields
{
    /// <summary>The fields an OAuth2-family member can map to, in the order they are written.</summary>
    public static readonly WireField[] OAuth2Fields =
    {
        WireField.ClientId,
        WireField.ClientSecret,
        WireField.Code,
        WireField.RedirectUrl,
        WireField.Scope,
        WireField.CodeChallenge,
        WireField.AuthorizationMethod,
        WireField.GrantType,
    };

    /// <summary>The JSON property name inside <c>value</c>, e.g. <c>client_id</c>; <c>props</c> for <see cref="WireField.Prop"/>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The JSON name.</returns>
    public static string JsonName(WireField field) => field switch
    {
        WireField.SecretText => "secret_text",
        WireField.Username => "username",
        WireField.Password => "password",
        WireField.ClientId => "client_id",
        WireField.ClientSecret => "client_secret",
        WireField.Code => "code",
        WireField.RedirectUrl => "redirect_url",
        WireField.Scope => "scope",
        WireField.CodeChallenge => "code_challenge",
        WireField.AuthorizationMethod => "authorization_method",
        WireField.GrantType => "grant_type",
        _ => "props",
    };

    /// <summary>Whether a member mapped to the field is redacted even without <c>[Secret]</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>True for <c>secret_text</c>, <c>password</c>, <c>client_secret</c> and <c>code</c>.</returns>
    public static bool IsSecretByNature(WireField field) =>
        field is WireField.SecretText or WireField.Password or WireField.ClientSecret or WireField.Code;

    /// <summary>Whether the field may hold an enum (written as its wire string) as well as a string.</summary>
    /// <param name="field">The field.</param>
    /// <returns>True for <c>authorization_method</c> and <c>grant_type</c>.</returns>
    public static bool AcceptsEnum(WireField field) =>
        field is WireField.AuthorizationMethod or WireField.GrantType;

    /// <summary>Whether the auth kind's <c>value</c> schema requires the field.</summary>
    /// <param name="kind">The auth kind.</param>
    /// <param name="field">The field.</param>
    /// <returns>True when a value without it is rejected by the server.</returns>
    public static bool IsRequired(AuthType kind, WireField field) => kind switch
    {
        AuthType.SecretText => field == WireField.SecretText,
        AuthType.BasicAuth => field is WireField.Username or WireField.Password,
        AuthType.OAuth2 => field is WireField.ClientId or WireField.ClientSecret or WireField.Code or WireField.RedirectUrl or WireField.Scope,
        AuthType.CloudOAuth2 => field is WireField.ClientId or WireField.Code or WireField.Scope,
        AuthType.PlatformOAuth2 => field is WireField.ClientId or WireField.Code or WireField.RedirectUrl or WireField.Scope,
        _ => false,
    };

    /// <summary>Whether the auth kind's <c>value</c> schema has the field at all.</summary>
    /// <param name="kind">The auth kind.</param>
    /// <param name="field">The field.</param>
    /// <returns>True when the field may be written for the kind.</returns>
    public static bool IsAllowed(AuthType kind, WireField field) => kind switch
    {
        AuthType.SecretText => field == WireField.SecretText,
        AuthType.BasicAuth => field is WireField.Username or WireField.Password,
        AuthType.CustomAuth or AuthType.Oidc => field == WireField.Prop,
        AuthType.OAuth2 => true,
        AuthType.CloudOAuth2 => field is not (WireField.SecretText or WireField.Username or WireField.Password or WireField.ClientSecret or WireField.RedirectUrl or WireField.GrantType),
        AuthType.PlatformOAuth2 => field is not (WireField.SecretText or WireField.Username or WireField.Password or WireField.ClientSecret or WireField.GrantType),
        _ => false,
    };
}
