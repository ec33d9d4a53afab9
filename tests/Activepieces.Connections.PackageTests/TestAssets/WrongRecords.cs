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

// APC022 (a warning): no *.piece.json describes shopify while the project keeps metadata for mysql, so the metadata
// checks of this record are lost, and the command-line build says so.
[PieceAuth("@activepieces/piece-shopify", AuthType.CustomAuth)]
public partial record ShopifyConnection(string ShopName, [Secret] string AdminToken);

// No CS1061 here: the stand-in the generator emits for the record with an error keeps its call sites compiling.
public static class WrongRecordCallSites
{
    public static System.Threading.Tasks.Task<AppConnection> CreateAsync(ActivepiecesClient client) =>
        client.CreateNotPartialMySqlConnectionAsync("org_1", new NotPartialMySqlConnection("db", 3306, "app", "password"));
}
