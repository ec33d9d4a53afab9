//HintName: tricky.CUSTOM_AUTH
// Scaffolded by `dotnet activepieces pieces scaffold` from synthetic/tricky.piece.json (@acme/piece-tricky 1.0.0), auth CUSTOM_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Tricky &lt;Piece&gt; &amp; Co credentials (<c>@acme/piece-tricky</c>, CUSTOM_AUTH "Keys &lt;/summary&gt; &lt;see cref="x"/&gt;").
/// </summary>
/// <remarks>
/// Line one
/// /// not a new comment line
///
/// line &lt;b&gt;two&lt;/b&gt; &amp; more
/// /* three */
///
/// tabbed
/// </remarks>
[global::Activepieces.PieceAuth("@acme/piece-tricky", global::Activepieces.AuthType.CustomAuth)]
public sealed partial record TrickyPieceCoCustomAuthConnection
{
    /// <summary>Class</summary>
    /// <remarks>
    /// <para>Prop <c>class</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    public required string Class { get; init; }

    /// <summary>2FA</summary>
    /// <remarks>
    /// <para>Prop <c>2fa</c>: CHECKBOX, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("2fa")]
    public bool? Prop2fa { get; init; }

    /// <summary>API key</summary>
    /// <remarks>
    /// <para>Prop <c>api-key</c>: SECRET_TEXT, required.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    [global::Activepieces.PieceProp("api-key")]
    public required string ApiKey { get; init; }

    /// <summary>API key (snake)</summary>
    /// <remarks>
    /// <para>Prop <c>api_key</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("api_key")]
    public string? ApiKey2 { get; init; }

    /// <summary>API key (camel)</summary>
    /// <remarks>
    /// <para>Prop <c>apiKey</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("apiKey")]
    public string? ApiKey3 { get; init; }

    /// <summary>Piece name</summary>
    /// <remarks>
    /// <para>Prop <c>pieceName</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("pieceName")]
    public string? PieceName2 { get; init; }

    /// <summary>Prefix</summary>
    /// <remarks>
    /// <para>Prop <c>externalIdPrefix</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("externalIdPrefix")]
    public string? ExternalIdPrefix2 { get; init; }

    /// <summary>To string</summary>
    /// <remarks>
    /// <para>Prop <c>toString</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("toString")]
    public string? ToString2 { get; init; }

    /// <summary>Equality</summary>
    /// <remarks>
    /// <para>Prop <c>equalityContract</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("equalityContract")]
    public string? EqualityContract2 { get; init; }

    /// <summary>Named like the type</summary>
    /// <remarks>
    /// <para>Prop <c>trickyPieceCoCustomAuthConnection</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("trickyPieceCoCustomAuthConnection")]
    public string? TrickyPieceCoCustomAuthConnection2 { get; init; }

    /// <summary>Auth type</summary>
    /// <remarks>
    /// <para>Prop <c>authType</c>: STATIC_DROPDOWN, required, default <c>"token"</c>.</para>
    /// </remarks>
    public required TrickyPieceCoCustomAuthConnectionAuthType AuthType { get; init; }

    /// <summary>Scope of the connection</summary>
    /// <remarks>
    /// <para>Prop <c>connectionScope</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    public string? ConnectionScope { get; init; }

    /// <summary>Scopes</summary>
    /// <remarks>
    /// <para>Prop <c>scopes</c>: STATIC_MULTI_SELECT_DROPDOWN, optional.</para>
    /// <para>Options: "read", "write".</para>
    /// </remarks>
    public global::System.Collections.Generic.IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Level</summary>
    /// <remarks>
    /// <para>Prop <c>level</c>: STATIC_DROPDOWN, optional.</para>
    /// <para>Options: 1, 2.</para>
    /// </remarks>
    public string? Level { get; init; }

    /// <summary>Empty</summary>
    /// <remarks>
    /// <para>Prop <c>emptyDropdown</c>: STATIC_DROPDOWN, optional.</para>
    /// </remarks>
    public string? EmptyDropdown { get; init; }

    /// <summary>Timeout</summary>
    /// <remarks>
    /// <para>Prop <c>timeout</c>: NUMBER, optional, default <c>1.5</c>.</para>
    /// </remarks>
    public double? Timeout { get; init; }

    /// <summary>Umlaut key</summary>
    /// <remarks>
    /// <para>Prop <c>über</c>: LONG_TEXT, optional.</para>
    /// </remarks>
    public string? Über { get; init; }

    /// <summary>No letters</summary>
    /// <remarks>
    /// <para>Prop <c>--</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.PieceProp("--")]
    public string? Prop { get; init; }
}

/// <summary>The options of <see cref="TrickyPieceCoCustomAuthConnection.AuthType"/>; each carries its wire value.</summary>
public enum TrickyPieceCoCustomAuthConnectionAuthType
{
    /// <summary>Token</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "token")]
    Token,

    /// <summary>Token</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "token2")]
    Token2,

    /// <summary>ключ</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "\"quoted\\\"")]
    Ключ,

    /// <summary>123</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "123")]
    Option123,

    /// <summary>class</summary>
    [global::System.Runtime.Serialization.EnumMember(Value = "class")]
    Class,
}
