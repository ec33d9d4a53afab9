//HintName: tricky.BASIC_AUTH
// Scaffolded by `dotnet activepieces pieces scaffold` from synthetic/tricky.piece.json (@acme/piece-tricky 1.0.0), auth BASIC_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The Tricky &lt;Piece&gt; &amp; Co credentials (<c>@acme/piece-tricky</c>, BASIC_AUTH "Basic").
/// </summary>
[global::Activepieces.PieceAuth("@acme/piece-tricky", global::Activepieces.AuthType.BasicAuth)]
public sealed partial record TrickyPieceCoBasicAuthConnection
{
    /// <summary>User &lt;name&gt;</summary>
    /// <remarks>
    /// The user &amp; more
    /// <para>Sent as <c>username</c>.</para>
    /// </remarks>
    public required string Username { get; init; }

    /// <summary>Pass</summary>
    /// <remarks>
    /// The password
    /// <para>Sent as <c>password</c>.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string Password { get; init; }
}
