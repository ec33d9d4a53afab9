namespace Activepieces.Records;

/// <summary>Where a member of a connection type is written inside the <c>value</c> object.</summary>
internal enum WireField
{
    /// <summary>Under <c>value.props</c>, with the member's key (CUSTOM_AUTH, and extra members of OAuth2 types).</summary>
    Prop,

    /// <summary><c>value.secret_text</c> (SECRET_TEXT).</summary>
    SecretText,

    /// <summary><c>value.username</c> (BASIC_AUTH).</summary>
    Username,

    /// <summary><c>value.password</c> (BASIC_AUTH).</summary>
    Password,

    /// <summary><c>value.client_id</c> (OAuth2 types).</summary>
    ClientId,

    /// <summary><c>value.client_secret</c> (OAUTH2 only).</summary>
    ClientSecret,

    /// <summary><c>value.code</c> (OAuth2 types).</summary>
    Code,

    /// <summary><c>value.redirect_url</c> (OAUTH2, PLATFORM_OAUTH2).</summary>
    RedirectUrl,

    /// <summary><c>value.scope</c> (OAuth2 types).</summary>
    Scope,

    /// <summary><c>value.code_challenge</c> (OAuth2 types, optional).</summary>
    CodeChallenge,

    /// <summary><c>value.authorization_method</c> (OAuth2 types, optional: <c>HEADER</c> or <c>BODY</c>).</summary>
    AuthorizationMethod,

    /// <summary><c>value.grant_type</c> (OAUTH2 only, optional: <c>authorization_code</c> or <c>client_credentials</c>).</summary>
    GrantType,
}
