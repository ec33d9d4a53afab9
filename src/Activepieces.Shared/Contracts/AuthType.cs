namespace Activepieces;

/// <summary>The kind of credential a piece's connection holds (the <c>type</c> of an Activepieces app connection).</summary>
/// <remarks>
/// The values are part of the contract: the source generator reads the <c>[PieceAuth]</c> argument as its integer value.
/// <see cref="AuthTypeWireNames"/> holds the wire name of each member.
/// </remarks>
public enum AuthType
{
    /// <summary><c>SECRET_TEXT</c>: a single secret string, sent as <c>value.secret_text</c>.</summary>
    SecretText = 0,

    /// <summary><c>BASIC_AUTH</c>: a username and a password.</summary>
    BasicAuth = 1,

    /// <summary><c>CUSTOM_AUTH</c>: the piece's own props, sent as <c>value.props</c>.</summary>
    CustomAuth = 2,

    /// <summary><c>OAUTH2</c>: your own OAuth2 app (client id, client secret, authorization code, redirect URL).</summary>
    OAuth2 = 3,

    /// <summary><c>CLOUD_OAUTH2</c>: the OAuth2 app hosted by Activepieces cloud.</summary>
    CloudOAuth2 = 4,

    /// <summary><c>PLATFORM_OAUTH2</c>: the platform administrator's OAuth2 app (Enterprise).</summary>
    PlatformOAuth2 = 5,

    /// <summary><c>NO_AUTH</c>: the piece needs no credential.</summary>
    NoAuth = 6,

    /// <summary><c>OIDC</c>: the piece's own props for an OpenID Connect login, sent as <c>value.props</c> like <see cref="CustomAuth"/>.</summary>
    Oidc = 7,
}
