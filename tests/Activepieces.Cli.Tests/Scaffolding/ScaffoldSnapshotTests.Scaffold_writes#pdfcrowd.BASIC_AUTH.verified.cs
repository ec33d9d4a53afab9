//HintName: pdfcrowd.BASIC_AUTH
// Scaffolded by `dotnet activepieces pieces scaffold` from reference/pdfcrowd.piece.json (@activepieces/piece-pdfcrowd 0.2.0), auth BASIC_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Pdfcrowd credentials (<c>@activepieces/piece-pdfcrowd</c>, BASIC_AUTH "Pdfcrowd Credentials").
/// </summary>
/// <remarks>
/// Your Pdfcrowd API credentials. Get them at <see href="https://pdfcrowd.com/user/account/">https://pdfcrowd.com/user/account/</see>
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-pdfcrowd", global::Activepieces.AuthType.BasicAuth)]
public sealed partial record PdfcrowdConnection
{
    /// <summary>Username</summary>
    /// <remarks>
    /// Your Pdfcrowd username
    /// <para>Sent as <c>username</c>.</para>
    /// </remarks>
    public required string Username { get; init; }

    /// <summary>API Key</summary>
    /// <remarks>
    /// Your Pdfcrowd API key
    /// <para>Sent as <c>password</c>.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string Password { get; init; }
}
