namespace Activepieces;

/// <summary>The OAuth2 grant of an <see cref="OAuth2Value"/> (<c>grant_type</c>).</summary>
public enum OAuth2GrantType
{
    /// <summary><c>authorization_code</c>.</summary>
    AuthorizationCode,

    /// <summary><c>client_credentials</c> (the code is then a placeholder such as <c>FAKE_CODE</c>).</summary>
    ClientCredentials,
}
