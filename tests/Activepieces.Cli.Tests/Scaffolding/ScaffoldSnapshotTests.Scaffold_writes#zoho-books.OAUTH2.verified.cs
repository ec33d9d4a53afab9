//HintName: zoho-books.OAUTH2
// Scaffolded by `dotnet activepieces pieces scaffold` from npm/zoho-books.piece.json (@activepieces/piece-zoho-books 0.2.0), auth OAUTH2.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Zoho Books credentials (<c>@activepieces/piece-zoho-books</c>, OAUTH2 "Connection").
/// </summary>
/// <remarks>
/// Authentication for Zoho Books
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-zoho-books", global::Activepieces.AuthType.OAuth2)]
public sealed partial record ZohoBooksConnection
{
    /// <summary>The OAuth2 app's client id.</summary>
    /// <remarks>
    /// <para>Sent as <c>client_id</c>.</para>
    /// </remarks>
    public required string ClientId { get; init; }

    /// <summary>The OAuth2 app's client secret.</summary>
    /// <remarks>
    /// <para>Sent as <c>client_secret</c>.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string ClientSecret { get; init; }

    /// <summary>The authorization code the provider returned to the redirect URL (the server exchanges it for tokens).</summary>
    /// <remarks>
    /// <para>Sent as <c>code</c>.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string Code { get; init; }

    /// <summary>The redirect URL the code was issued for.</summary>
    /// <remarks>
    /// <para>Sent as <c>redirect_url</c>.</para>
    /// </remarks>
    public required string RedirectUrl { get; init; }

    /// <summary>The granted scopes, space-separated.</summary>
    /// <remarks>
    /// <para>Sent as <c>scope</c>.</para>
    /// <para>The piece asks for: ZohoBooks.fullaccess.all</para>
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

    /// <summary>authorization_code or client_credentials.</summary>
    /// <remarks>
    /// <para>Sent as <c>grant_type</c>.</para>
    /// </remarks>
    public string? GrantType { get; init; }

    /// <summary>Location</summary>
    /// <remarks>
    /// The location of your Zoho Books account
    /// <para>Prop <c>location</c>: STATIC_DROPDOWN, required.</para>
    /// </remarks>
    public required ZohoBooksConnectionLocation Location { get; init; }
}

/// <summary>The options of <see cref="ZohoBooksConnection.Location"/>; each carries its wire value.</summary>
public enum ZohoBooksConnectionLocation
{
    /// <summary>zoho.eu (Europe)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "zoho.eu")]
    ZohoEuEurope,

    /// <summary>zoho.com (United States)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "zoho.com")]
    ZohoComUnitedStates,

    /// <summary>zoho.com.au (Australia)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "zoho.com.au")]
    ZohoComAuAustralia,

    /// <summary>zoho.jp (Japan)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "zoho.jp")]
    ZohoJpJapan,

    /// <summary>zoho.in (India)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "zoho.in")]
    ZohoInIndia,

    /// <summary>zohocloud.ca (Canada)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "zohocloud.ca")]
    ZohocloudCaCanada,
}
