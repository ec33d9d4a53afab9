using System.Text.Json;

namespace Activepieces;

/// <summary>
/// A <c>PLATFORM_OAUTH2</c> credential: an authorization code for the platform administrator's OAuth2 app; the server
/// supplies the client secret.
/// </summary>
public sealed record PlatformOAuth2Value : IConnectionValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="clientId">The OAuth2 client id (<c>client_id</c>) of the platform's app.</param>
    /// <param name="code">The authorization code (<c>code</c>).</param>
    /// <param name="redirectUrl">The redirect URL used to obtain the code (<c>redirect_url</c>).</param>
    /// <param name="scope">The granted scope (<c>scope</c>, may be empty).</param>
    /// <exception cref="ArgumentException">A required argument is null or empty.</exception>
    public PlatformOAuth2Value(string clientId, string code, string redirectUrl, string scope)
    {
        ClientId = ConnectionValueWriter.Required(clientId, nameof(clientId));
        Code = ConnectionValueWriter.Required(code, nameof(code));
        RedirectUrl = ConnectionValueWriter.Required(redirectUrl, nameof(redirectUrl));
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
    }

    /// <summary>The OAuth2 client id.</summary>
    public string ClientId { get; }

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

    /// <summary>The piece's OAuth2 props (<c>props</c>), if any.</summary>
    [Secret]
    public ConnectionProps? Props { get; init; }

    /// <inheritdoc/>
    public AuthType AuthType => AuthType.PlatformOAuth2;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer)
    {
        ConnectionValueWriter.WriteStart(writer, AuthType);
        ConnectionValueWriter.WriteOAuthCommon(writer, ClientId, Code, Scope, CodeChallenge, AuthorizationMethod, Props);
        writer.WriteString("redirect_url", RedirectUrl);
        writer.WriteEndObject();
    }

    /// <summary>Prints the client id and scope, never the code or props.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() => $"PlatformOAuth2Value {{ ClientId = {ClientId}, Scope = {Scope}, Code = *** }}";
}
