namespace Activepieces;

/// <summary>How the OAuth2 client credentials are sent to the token URL (<c>authorization_method</c>).</summary>
public enum OAuth2AuthorizationMethod
{
    /// <summary><c>HEADER</c>: HTTP Basic authentication.</summary>
    Header,

    /// <summary><c>BODY</c>: in the form body.</summary>
    Body,
}
