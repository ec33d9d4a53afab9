namespace Activepieces.GeneratedAotSmoke;

/// <summary>The auth of <c>@activepieces/piece-mysql</c>; the generator writes its value writer, descriptor and client extensions.</summary>
/// <param name="Host">The server host.</param>
/// <param name="Port">The server port.</param>
/// <param name="User">The user name.</param>
/// <param name="Password">The password (a secret: redacted from <c>ToString()</c>).</param>
/// <param name="Database">The default database.</param>
[PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth, ExternalIdPrefix = "mysql_")]
public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, string? Database = null);
