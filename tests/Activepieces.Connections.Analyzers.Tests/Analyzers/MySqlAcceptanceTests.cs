using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Activepieces.Connections.CodeFixes;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>
/// The acceptance scenario on the real MySQL metadata (<c>@activepieces/piece-mysql</c> 0.2.7): the matching record is
/// clean; dropping <c>host</c>, typing <c>port</c> as <c>string</c> or leaving <c>password</c> unmarked gives APC011,
/// APC013 and APC014, and the code fixes of APC011 and APC014 restore the clean record.
/// </summary>
public sealed class MySqlAcceptanceTests
{
    private static readonly string[] MySql = ["mysql"];

    private const string CleanRecord = """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            [PieceProp("host")] string Host,
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password,
            [PieceProp("database")] string? Database = null);
        """;

    [Fact]
    public Task Record_matching_the_metadata_compiles_cleanly() => Verify.AnalyzerAsync(CleanRecord, MySql);

    [Fact]
    public Task Record_with_conventional_keys_compiles_cleanly() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth, PieceVersion = "0.2.7")]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, string? Database = null);
        """,
        MySql);

    [Fact]
    public Task Dropping_host_reports_APC011_and_the_fix_adds_it_back() => Verify.CodeFixAsync<AddMissingPropMemberCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record {|APC011:MySqlConnection|}(
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password,
            [PieceProp("database")] string? Database = null);
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password,
            [PieceProp("host")] string Host,
            [PieceProp("database")] string? Database = null);
        """,
        MySql);

    [Fact]
    public Task Typing_port_as_string_reports_APC013() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            [PieceProp("host")] string Host,
            [PieceProp("port")] string {|#0:Port|},
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password,
            [PieceProp("database")] string? Database = null);
        """,
        MySql,
        Verify.Diagnostic("APC013").WithLocation(0).WithArguments("Port", "string", "port", "NUMBER", "use a numeric type such as int, long, double or decimal"));

    [Fact]
    public Task Leaving_password_unmarked_reports_APC014_and_the_fix_marks_it() => Verify.CodeFixAsync<AddSecretAttributeCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            [PieceProp("host")] string Host,
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password")] string {|APC014:Password|},
            [PieceProp("database")] string? Database = null);
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            [PieceProp("host")] string Host,
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password,
            [PieceProp("database")] string? Database = null);
        """,
        MySql);
}
