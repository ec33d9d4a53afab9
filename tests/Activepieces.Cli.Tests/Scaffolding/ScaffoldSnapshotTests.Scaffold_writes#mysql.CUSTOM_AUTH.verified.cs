//HintName: mysql.CUSTOM_AUTH
// Scaffolded by `dotnet activepieces pieces scaffold` from reference/mysql.piece.json (@activepieces/piece-mysql 0.2.7), auth CUSTOM_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The MySQL credentials (<c>@activepieces/piece-mysql</c>, CUSTOM_AUTH "Connection").
/// </summary>
[global::Activepieces.PieceAuth("@activepieces/piece-mysql", global::Activepieces.AuthType.CustomAuth)]
public sealed partial record MySQLConnection
{
    /// <summary>Host</summary>
    /// <remarks>
    /// The hostname or address of the mysql server
    /// <para>Prop <c>host</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    public required string Host { get; init; }

    /// <summary>Port</summary>
    /// <remarks>
    /// The port to use for connecting to the mysql server
    /// <para>Prop <c>port</c>: NUMBER, required, default <c>3306</c>.</para>
    /// </remarks>
    public required double Port { get; init; }

    /// <summary>Username</summary>
    /// <remarks>
    /// The username to use for connecting to the mysql server
    /// <para>Prop <c>user</c>: SHORT_TEXT, required.</para>
    /// </remarks>
    public required string User { get; init; }

    /// <summary>Password</summary>
    /// <remarks>
    /// The password to use to identify at the mysql server
    /// <para>Prop <c>password</c>: SECRET_TEXT, required.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string Password { get; init; }

    /// <summary>Database</summary>
    /// <remarks>
    /// The name of the database to use. Required if you are not using the "Execute Query" Action
    /// <para>Prop <c>database</c>: SHORT_TEXT, optional.</para>
    /// </remarks>
    public string? Database { get; init; }
}
