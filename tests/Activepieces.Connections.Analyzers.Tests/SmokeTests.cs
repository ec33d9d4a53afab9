using Activepieces.Connections.Analyzers.Tests.Infrastructure;

namespace Activepieces.Connections.Analyzers.Tests;

public sealed class SmokeTests
{
    [Fact]
    public Task MySql_record_matching_the_metadata_is_clean() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            [PieceProp("host")] string Host,
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password,
            [PieceProp("database")] string? Database = null);
        """,
        ["mysql"]);
}
