using System.Text.Json;

namespace Activepieces;

/// <summary>
/// An <c>OAUTH2</c> credential for your own OAuth2 app: the server exchanges <see cref="Code"/> at the piece's token URL.
/// Raw access or refresh tokens cannot be imported.
/// </summary>
public sealed record OAuth2Value : IConnectionValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="clientId">The OAuth2 client id (<c>client_id</c>).</param>
    /// <param name="clientSecret">The client secret (<c>client_secret</c>).</param>
    /// <param name="code">The authorization code (<c>code</c>); <c>FAKE_CODE</c> for the client-credentials grant.</param>
    /// <param name="redirectUrl">The redirect URL used to obtain the code (<c>redirect_url</c>).</param>
    /// <param name="scope">The granted scope (<c>scope</c>, may be empty).</param>
    /// <exception cref="ArgumentException">A required argument is null or empty.</exception>
    public OAuth2Value(string clientId, string clientSecret, string code, string redirectUrl, string scope)
    {
        ClientId = ConnectionValueWriter.Required(clientId, nameof(clientId));
        ClientSecret = ConnectionValueWriter.Required(clientSecret, nameof(clientSecret));
        Code = ConnectionValueWriter.Required(code, nameof(code));
        RedirectUrl = ConnectionValueWriter.Required(redirectUrl, nameof(redirectUrl));
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
    }

    /// <summary>The OAuth2 client id.</summary>
    public string ClientId { get; }

    /// <summary>The client secret.</summary>
    [Secret]
    public string ClientSecret { get; }

    /// <summary>The authorization code.</summary>
    [Secret]
    public string Code { get; }

    /// <summary>The redirect URL.</summary>
    public string RedirectUrl { get; }

    /// <summary>The scope.</summary>
    public string Scope { get; }

    /// <summary>The PKCE code verifier (<c>code_challenge</c>), if any.</summary>
    [Secret]
    public string? CodeChallenge { get; init; }

    /// <summary>How the client credentials are sent (<c>authorization_method</c>), if not the piece's default.</summary>
    public OAuth2AuthorizationMethod? AuthorizationMethod { get; init; }

    /// <summary>The grant (<c>grant_type</c>), if not the default.</summary>
    public OAuth2GrantType? GrantType { get; init; }

    /// <summary>The piece's OAuth2 props (<c>props</c>), if any.</summary>
    [Secret]
    public ConnectionProps? Props { get; init; }

    /// <inheritdoc/>
    public AuthType AuthType => AuthType.OAuth2;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer)
    {
        ConnectionValueWriter.WriteStart(writer, AuthType);
        ConnectionValueWriter.WriteOAuthCommon(writer, ClientId, Code, Scope, CodeChallenge, AuthorizationMethod, Props);
        writer.WriteString("client_secret", ClientSecret);
        writer.WriteString("redirect_url", RedirectUrl);
        if (GrantType is { } grantType)
        {
            writer.WriteString("grant_type", grantType == OAuth2GrantType.AuthorizationCode ? "authorization_code" : "client_credentials");
        }

        writer.WriteEndObject();
    }

    /// <summary>Prints the client id and scope, never the secret, code or props.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() => $"OAuth2Value {{ ClientId = {ClientId}, Scope = {Scope}, ClientSecret = ***, Code = *** }}";
}
