//HintName: sso.OIDC
// Scaffolded by `dotnet activepieces pieces scaffold` from synthetic/sso.piece.json (@acme/piece-sso 0.3.0), auth OIDC.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Acme SSO credentials (<c>@acme/piece-sso</c>, OIDC "Single sign-on").
/// </summary>
/// <remarks>
/// Sign in with your identity provider.
/// </remarks>
[global::Activepieces.PieceAuth("@acme/piece-sso", global::Activepieces.AuthType.Oidc)]
public sealed partial record AcmeSsoConnection
{
    /// <summary>Issuer URL</summary>
    /// <remarks>
    /// The provider's issuer, e.g. <see href="https://login.acme.test">https://login.acme.test</see>.
    /// <para>Prop <c>issuerUrl</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    public required string IssuerUrl { get; init; }

    /// <summary>Client ID</summary>
    /// <remarks>
    /// <para>Prop <c>client_id</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("client_id")]
    public required string ClientId { get; init; }

    /// <summary>Client secret</summary>
    /// <remarks>
    /// <para>Prop <c>clientSecret</c>: SECRET_TEXT, required.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string ClientSecret { get; init; }

    /// <summary>Token endpoint auth</summary>
    /// <remarks>
    /// <para>Prop <c>authType</c>: STATIC_DROPDOWN, optional, default <c>"client_secret_basic"</c>.</para>
    /// </remarks>
    public AcmeSsoConnectionAuthType? AuthType { get; init; }

    /// <summary>Scopes</summary>
    /// <remarks>
    /// <para>Prop <c>scopes</c>: STATIC_MULTI_SELECT_DROPDOWN, optional.</para>
    /// <para>Options: "openid", "email".</para>
    /// </remarks>
    public global::System.Collections.Generic.IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Use PKCE</summary>
    /// <remarks>
    /// <para>Prop <c>usePkce</c>: CHECKBOX, optional, default <c>true</c>.</para>
    /// </remarks>
    public bool? UsePkce { get; init; }
}

/// <summary>The options of <see cref="AcmeSsoConnection.AuthType"/>; each carries its wire value.</summary>
public enum AcmeSsoConnectionAuthType
{
    /// <summary>Basic</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "client_secret_basic")]
    Basic,

    /// <summary>Post</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "client_secret_post")]
    Post,
}
