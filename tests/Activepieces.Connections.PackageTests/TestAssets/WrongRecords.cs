using Activepieces;

namespace Consumer;

// Added to a copy of the consumer by the package test; each declaration is wrong in one way.

// APC001: not partial.
[PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth, ExternalIdPrefix = "mysql_np_")]
public record NotPartialMySqlConnection(string Host, int Port, string User, [Secret] string Password);

// APC011: the piece's required prop "host" has no member (known only from metadata/mysql.piece.json).
[PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth, ExternalIdPrefix = "mysql_nohost_")]
public partial record NoHostMySqlConnection(int Port, string User, [Secret] string Password);

// APC013: "port" is a NUMBER prop (known only from metadata/mysql.piece.json).
[PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth, ExternalIdPrefix = "mysql_strport_")]
public partial record StringPortMySqlConnection(string Host, string Port, string User, [Secret] string Password);
