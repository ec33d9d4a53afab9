using System.Text.Json;

namespace Activepieces;

/// <summary>A <c>CLOUD_OAUTH2</c> credential: an authorization code obtained through the Activepieces-hosted OAuth2 app.</summary>
public sealed record CloudOAuth2Value : IConnectionValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="clientId">The OAuth2 client id (<c>client_id</c>).</param>
    /// <param name="code">The authorization code (<c>code</c>).</param>
    /// <param name="scope">The granted scope (<c>scope</c>, may be empty).</param>
    /// <exception cref="ArgumentException">A required argument is null or empty.</exception>
    public CloudOAuth2Value(string clientId, string code, string scope)
    {
        ClientId = ConnectionValueWriter.Required(clientId, nameof(clientId));
        Code = ConnectionValueWriter.Required(code, nameof(code));
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
    }

    /// <summary>The OAuth2 client id.</summary>
    public string ClientId { get; }

    /// <summary>The authorization code.</summary>
    [Secret]
    public string Code { get; }

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
    public AuthType AuthType => AuthType.CloudOAuth2;

    /// <inheritdoc/>
    public void WriteValue(Utf8JsonWriter writer)
    {
        ConnectionValueWriter.WriteStart(writer, AuthType);
        ConnectionValueWriter.WriteOAuthCommon(writer, ClientId, Code, Scope, CodeChallenge, AuthorizationMethod, Props);
        writer.WriteEndObject();
    }

    /// <summary>Prints the client id and scope, never the code or props.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() => $"CloudOAuth2Value {{ ClientId = {ClientId}, Scope = {Scope}, Code = *** }}";
}
