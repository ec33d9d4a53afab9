//HintName: baserow.CUSTOM_AUTH
// Scaffolded by `dotnet activepieces pieces scaffold` from npm/baserow.piece.json (@activepieces/piece-baserow 0.10.0), auth CUSTOM_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Baserow credentials (<c>@activepieces/piece-baserow</c>, CUSTOM_AUTH "Authentication").
/// </summary>
/// <remarks>
/// Connect to Baserow using either a Database Token (recommended) or your Email &amp; Password. Fill in only the fields for your chosen method — leave the other section blank.
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-baserow", global::Activepieces.AuthType.CustomAuth)]
public sealed partial record BaserowConnection
{
    /// <summary>Authentication Method</summary>
    /// <remarks>
    /// Choose Database Token (recommended) for scoped, per-table access compatible with 2FA. Choose Email &amp; Password only if you need automatic webhook registration on triggers — 2FA accounts are not supported.
    /// <para>Prop <c>authType</c>: STATIC_DROPDOWN, required, default <c>"database_token"</c>.</para>
    /// </remarks>
    public required BaserowConnectionAuthType AuthType { get; init; }

    /// <summary>API URL</summary>
    /// <remarks>
    /// Your Baserow instance URL. Leave the default for Baserow Cloud.
    /// <para>Prop <c>apiUrl</c>: SHORT_TEXT, required, default <c>"https://api.baserow.io"</c>.</para>
    /// </remarks>
    public required string ApiUrl { get; init; }

    /// <summary>Database Token</summary>
    /// <remarks>
    /// Your Baserow database token. Leave blank when using Email &amp; Password.
    /// <para>Prop <c>token</c>: SECRET_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public string? Token { get; init; }

    /// <summary>Email</summary>
    /// <remarks>
    /// Your Baserow account email. Leave blank when using Database Token.
    /// <para>Prop <c>email</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    public string? Email { get; init; }

    /// <summary>Password</summary>
    /// <remarks>
    /// Your Baserow account password. Leave blank when using Database Token.
    /// <para>Prop <c>password</c>: SECRET_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public string? Password { get; init; }
}

/// <summary>The options of <see cref="BaserowConnection.AuthType"/>; each carries its wire value.</summary>
public enum BaserowConnectionAuthType
{
    /// <summary>Database Token (recommended)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "database_token")]
    DatabaseTokenRecommended,

    /// <summary>Email &amp; Password (JWT)</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "jwt")]
    EmailPasswordJwt,
}
