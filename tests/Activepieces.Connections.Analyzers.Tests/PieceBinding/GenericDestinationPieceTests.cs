using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Analyzers.Tests.PieceBinding;

/// <summary>APC024: a <c>[PieceAuth]</c> of a generic-destination piece (reference §11.11) gets an Info diagnostic.</summary>
public sealed class GenericDestinationPieceTests
{
    private static readonly string[] NoPieces = [];

    /// <summary>The list as the reference reads it from the server (§11.11), written out here so that a change to the shared list shows.</summary>
    public static TheoryData<string> ServerList { get; } = new(
        "http", "graphql", "webhook", "http-oauth2", "mcp-client", "rss", "sftp", "smtp", "postgres", "mysql", "mongodb",
        "oracle-database", "rabbitmq", "metabase", "ghostcms", "discourse", "mattermost");

    [Fact]
    public void The_shared_list_is_the_servers()
    {
        // The test project also compiles the shared rules through the runtime library, so the analyzers' copy is read
        // from their assembly.
        var list = typeof(PieceBindingAnalyzer).Assembly.GetType("Activepieces.GenericDestinationPieces", throwOnError: true)!
            .GetField("ShortNames")!.GetValue(null);

        Assert.Equal(ServerList.Select(row => row.Data), Assert.IsAssignableFrom<IReadOnlyList<string>>(list));
    }

    [Theory]
    [MemberData(nameof(ServerList))]
    public Task Each_generic_destination_piece_is_reported_at_the_piece_name(string shortName) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth({|#0:"@activepieces/piece-{{shortName}}"|}, AuthType.SecretText)]
        public partial record Destination([Secret] string Token);
        """,
        NoPieces,
        test => test.WithGenericDestinationDiagnostic(),
        Verify.Diagnostic("APC024").WithLocation(0).WithArguments("@activepieces/piece-" + shortName, "Destination"));

    [Fact]
    public Task The_real_mysql_record_gets_only_the_info() => Verify.AnalyzerAsync(
        """
        namespace Acme.Integrations
        {
            [PieceAuth({|#0:"@activepieces/piece-mysql"|}, AuthType.CustomAuth)]
            public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, string? Database = null);
        }
        """,
        ["mysql"],
        test => test.WithGenericDestinationDiagnostic(),
        Verify.Diagnostic("APC024").WithLocation(0).WithArguments("@activepieces/piece-mysql", "Acme.Integrations.MySqlConnection"));

    [Fact]
    public Task Other_pieces_and_look_alike_names_are_not_reported() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-gelato", AuthType.SecretText)]
        public partial record GelatoAuth([Secret] string ApiKey);

        [PieceAuth("@activepieces/piece-http-request", AuthType.SecretText)]
        public partial record HttpRequestAuth([Secret] string ApiKey);

        [PieceAuth("mysql", AuthType.SecretText)]
        public partial record UnscopedMySqlAuth([Secret] string ApiKey);

        [PieceAuth("@acme/piece-postgres", AuthType.SecretText)]
        public partial record OtherScopeAuth([Secret] string ApiKey);
        """,
        NoPieces,
        test => test.WithGenericDestinationDiagnostic());

    [Fact]
    public Task Pragma_disable_silences_it() => Verify.AnalyzerAsync(
        """
        #pragma warning disable APC024
        [PieceAuth("@activepieces/piece-postgres", AuthType.SecretText)]
        public partial record PostgresAuth([Secret] string Token);
        #pragma warning restore APC024
        """,
        NoPieces,
        test => test.WithGenericDestinationDiagnostic());

    [Fact]
    public void It_is_an_info_not_a_warning_because_the_server_flag_is_off_by_default()
    {
        var descriptor = Verify.Descriptor("APC024");

        Assert.Equal(DiagnosticSeverity.Info, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Contains("AP_ENFORCE_CONNECTION_PIECE_BINDING", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
