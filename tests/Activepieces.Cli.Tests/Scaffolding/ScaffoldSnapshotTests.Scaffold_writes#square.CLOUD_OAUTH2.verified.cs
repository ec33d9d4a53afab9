//HintName: square.CLOUD_OAUTH2
// Scaffolded by `dotnet activepieces pieces scaffold` from reference/square.piece.json (@activepieces/piece-square 0.4.6), auth CLOUD_OAUTH2.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Square credentials (<c>@activepieces/piece-square</c>, CLOUD_OAUTH2 "Connection").
/// </summary>
/// <remarks>
/// Authentication
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-square", global::Activepieces.AuthType.CloudOAuth2)]
public sealed partial record SquareConnection
{
    /// <summary>The OAuth2 app's client id.</summary>
    /// <remarks>
    /// <para>Sent as <c>client_id</c>.</para>
    /// </remarks>
    public required string ClientId { get; init; }

    /// <summary>The authorization code the provider returned to the redirect URL (the server exchanges it for tokens).</summary>
    /// <remarks>
    /// <para>Sent as <c>code</c>.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string Code { get; init; }

    /// <summary>The granted scopes, space-separated.</summary>
    /// <remarks>
    /// <para>Sent as <c>scope</c>.</para>
    /// <para>The piece asks for: MERCHANT_PROFILE_READ CUSTOMERS_READ CUSTOMERS_WRITE ITEMS_READ ITEMS_WRITE ORDERS_READ ORDERS_WRITE PAYMENTS_READ INVOICES_READ APPOINTMENTS_READ APPOINTMENTS_WRITE</para>
    /// </remarks>
    public required string Scope { get; init; }

    /// <summary>The PKCE code verifier, when the piece uses PKCE.</summary>
    /// <remarks>
    /// <para>Sent as <c>code_challenge</c>.</para>
    /// </remarks>
    public string? CodeChallenge { get; init; }

    /// <summary>How the client authenticates at the token endpoint: HEADER or BODY.</summary>
    /// <remarks>
    /// <para>Sent as <c>authorization_method</c>.</para>
    /// </remarks>
    public string? AuthorizationMethod { get; init; }
}
