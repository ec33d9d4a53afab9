using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>APC010–APC014, APC016 and APC017: a [PieceAuth] type against its piece's metadata (real pieces and a synthetic one).</summary>
public sealed class MetadataAnalyzerTests
{
    private const string KitchenSink = "Synthetic/kitchen-sink";

    private static readonly string[] AllRealPieces = ["deepseek", "mistral-ai", "mysql", "pdfcrowd", "square"];

    [Fact]
    public Task Types_matching_every_real_piece_report_nothing() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public partial record DeepSeekAuth([Secret] string ApiKey);

        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.SecretText, ExternalIdPrefix = "mistral_key_")]
        public partial record MistralKey([Secret] string ApiKey);

        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth, ExternalIdPrefix = "mistral_gateway_")]
        public partial record MistralGateway(string AccountId, string GatewayId, [Secret] string? GatewayAuthToken = null, [Secret] string? MistralApiKey = null);

        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            [PieceProp("host")] string Host,
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password,
            [PieceProp("database")] string? Database = null);

        [PieceAuth("@activepieces/piece-pdfcrowd", AuthType.BasicAuth)]
        public partial record PdfcrowdAuth(string Username, [Secret] string Password);

        [PieceAuth("@activepieces/piece-square", AuthType.PlatformOAuth2)]
        public partial record SquareConnection(string ClientId, [Secret] string Code, string RedirectUrl, string Scope);
        """,
        AllRealPieces);

    [Theory]
    [InlineData("OAuth2", "string ClientId, [Secret] string ClientSecret, [Secret] string Code, string RedirectUrl, string Scope")]
    [InlineData("CloudOAuth2", "string ClientId, [Secret] string Code, string Scope")]
    [InlineData("PlatformOAuth2", "string ClientId, [Secret] string Code, string RedirectUrl, string Scope")]
    public Task Every_OAuth2_flavour_matches_OAUTH2_metadata(string authType, string parameters) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth("@activepieces/piece-square", AuthType.{{authType}})]
        public partial record SquareConnection({{parameters}});
        """,
        ["square"]);

    [Fact]
    public Task Kitchen_sink_with_every_prop_type_reports_nothing() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial class KitchenSinkConnection
        {
            [PieceProp("website_url")] public required string WebsiteUrl { get; init; }
            [PieceProp("notes")] public string? Notes { get; init; }
            [PieceProp("api_key"), Secret] public required string ApiKey { get; init; }
            [PieceProp("timeout")] public double? Timeout { get; init; }
            [PieceProp("sandbox")] public bool Sandbox { get; init; }
            [PieceProp("region")] public required Region Region { get; init; }
            [PieceProp("scopes")] public IReadOnlyList<string>? Scopes { get; init; }
        }

        public enum Region
        {
            [System.Runtime.Serialization.EnumMember(Value = "eu")] Europe,
            [System.Text.Json.Serialization.JsonStringEnumMemberName("us")] UnitedStates,
        }
        """,
        [KitchenSink]);

    [Fact]
    public Task Dropdown_accepts_a_string() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial record KitchenSinkConnection(
            [PieceProp("website_url")] string WebsiteUrl,
            [PieceProp("api_key"), Secret] string ApiKey,
            [PieceProp("region")] string Region);
        """,
        [KitchenSink]);

    [Fact]
    public Task APC010_piece_has_no_auth_of_the_type() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", {|#0:AuthType.CustomAuth|})]
        public partial record DeepSeekAuth(string ApiKey);
        """,
        ["deepseek"],
        Verify.Diagnostic("APC010").WithLocation(0).WithArguments("@activepieces/piece-deepseek", "CUSTOM_AUTH", "SECRET_TEXT (AuthType.SecretText)"));

    [Fact]
    public Task APC010_array_auth_lists_every_declared_type() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mistral-ai", {|#0:AuthType.BasicAuth|})]
        public partial record MistralAuth(string Username, [Secret] string Password);
        """,
        ["mistral-ai"],
        Verify.Diagnostic("APC010").WithLocation(0).WithArguments("@activepieces/piece-mistral-ai", "BASIC_AUTH", "SECRET_TEXT (AuthType.SecretText), CUSTOM_AUTH (AuthType.CustomAuth)"));

    [Fact]
    public Task APC010_oauth2_flavour_against_a_piece_without_oauth2() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", {|#0:AuthType.CloudOAuth2|})]
        public partial record MySqlConnection(string ClientId, [Secret] string Code, string Scope);
        """,
        ["mysql"],
        Verify.Diagnostic("APC010").WithLocation(0).WithArguments("@activepieces/piece-mysql", "OAUTH2", "CUSTOM_AUTH (AuthType.CustomAuth)"));

    [Fact]
    public Task APC010_no_auth_against_a_piece_with_auth() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", {|#0:AuthType.NoAuth|})]
        public partial record MySqlConnection;
        """,
        ["mysql"],
        Verify.Diagnostic("APC010").WithLocation(0).WithArguments("@activepieces/piece-mysql", "NO_AUTH", "CUSTOM_AUTH (AuthType.CustomAuth)"));

    [Theory]
    [InlineData("""{"name":"@acme/piece-http","version":"1.0.0","auth":null}""")]
    [InlineData("""{"name":"@acme/piece-http","version":"1.0.0"}""")]
    [InlineData("""{"name":"@acme/piece-http","version":"1.0.0","auth":[]}""")]
    public Task APC010_no_auth_matches_a_piece_without_auth(string metadata) => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-http", AuthType.NoAuth)]
        public partial record HttpConnection;
        """,
        [],
        test => test.TestState.AdditionalFiles.Add(("http.piece.json", metadata)));

    [Fact]
    public Task APC011_required_prop_has_no_member() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record {|#0:MySqlConnection|}(
            [PieceProp("port")] int Port,
            [PieceProp("user")] string User,
            [PieceProp("password"), Secret] string Password);
        """,
        ["mysql"],
        Verify.Diagnostic("APC011").WithLocation(0).WithArguments("MySqlConnection", "host", "SHORT_TEXT", "@activepieces/piece-mysql"));

    [Fact]
    public Task APC011_required_prop_of_the_custom_auth_entry_of_an_array_auth() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth)]
        public partial record {|#0:MistralGateway|}(string AccountId);
        """,
        ["mistral-ai"],
        Verify.Diagnostic("APC011").WithLocation(0).WithArguments("MistralGateway", "gatewayId", "SHORT_TEXT", "@activepieces/piece-mistral-ai"));

    [Fact]
    public Task APC011_is_not_reported_for_optional_or_markdown_props() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-notes", AuthType.CustomAuth)]
        public partial record NotesConnection(string Token);
        """,
        [],
        test => test.TestState.AdditionalFiles.Add(("notes.piece.json", """
            {"name":"@acme/piece-notes","auth":{"type":"CUSTOM_AUTH","required":true,"displayName":"Connection","props":{
              "token":{"displayName":"Token","required":true,"type":"SHORT_TEXT"},
              "intro":{"displayName":"Markdown","required":true,"type":"MARKDOWN","description":"Read me"},
              "comment":{"displayName":"Comment","required":false,"type":"LONG_TEXT"}}}}
            """)));

    [Fact]
    public Task APC012_member_matches_no_prop_and_the_closest_key_is_named() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial record KitchenSinkConnection(
            string {|#0:WebsiteUrl|},
            [PieceProp("api_key"), Secret] string ApiKey,
            [PieceProp("region")] string Region);
        """,
        [KitchenSink],
        Verify.Diagnostic("APC012").WithLocation(0).WithArguments("WebsiteUrl", "websiteUrl", "@acme/piece-kitchen-sink", "; did you mean 'website_url'?"),
        Verify.Diagnostic("APC011").WithSpan(5, 23, 5, 44).WithArguments("KitchenSinkConnection", "website_url", "SHORT_TEXT", "@acme/piece-kitchen-sink"));

    [Fact]
    public Task APC012_typo_in_an_explicit_key() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(
            string Host, int Port, string User, [Secret] string Password,
            [PieceProp("databse")] string? {|#0:Database|} = null);
        """,
        ["mysql"],
        Verify.Diagnostic("APC012").WithLocation(0).WithArguments("Database", "databse", "@activepieces/piece-mysql", "; did you mean 'database'?"));

    [Fact]
    public Task APC012_without_a_close_key_lists_the_props() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, bool {|#0:UseCompression|});
        """,
        ["mysql"],
        Verify.Diagnostic("APC012").WithLocation(0).WithArguments("UseCompression", "useCompression", "@activepieces/piece-mysql", " (its props: host, port, user, password, database)"));

    [Fact]
    public Task APC012_oauth2_extra_member_when_the_piece_has_no_oauth2_props() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-square", AuthType.CloudOAuth2)]
        public partial record SquareConnection(string ClientId, [Secret] string Code, string Scope, string {|#0:Environment|});
        """,
        ["square"],
        Verify.Diagnostic("APC012").WithLocation(0).WithArguments("Environment", "environment", "@activepieces/piece-square", " (its OAUTH2 auth has no props)"));

    [Fact]
    public Task APC013_number_prop_typed_as_string() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, string {|#0:Port|}, string User, [Secret] string Password);
        """,
        ["mysql"],
        Verify.Diagnostic("APC013").WithLocation(0).WithArguments("Port", "string", "port", "NUMBER", "use a numeric type such as int, long, double or decimal"));

    [Fact]
    public Task APC013_every_prop_type_with_a_wrong_member_type() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial class KitchenSinkConnection
        {
            [PieceProp("website_url")] public required int {|#0:WebsiteUrl|} { get; init; }
            [PieceProp("notes")] public bool? {|#1:Notes|} { get; init; }
            [PieceProp("api_key"), Secret] public required IReadOnlyList<string> {|#2:ApiKey|} { get; init; }
            [PieceProp("timeout")] public string? {|#3:Timeout|} { get; init; }
            [PieceProp("sandbox")] public string? {|#4:Sandbox|} { get; init; }
            [PieceProp("region")] public required int {|#5:Region|} { get; init; }
            [PieceProp("scopes")] public string? {|#6:Scopes|} { get; init; }
            [PieceProp("help")] public string? {|#7:Help|} { get; init; }
        }
        """,
        [KitchenSink],
        Verify.Diagnostic("APC013").WithLocation(0).WithArguments("WebsiteUrl", "int", "website_url", "SHORT_TEXT", "use string"),
        Verify.Diagnostic("APC013").WithLocation(1).WithArguments("Notes", "bool?", "notes", "LONG_TEXT", "use string"),
        Verify.Diagnostic("APC013").WithLocation(2).WithArguments("ApiKey", "System.Collections.Generic.IReadOnlyList<string>", "api_key", "SECRET_TEXT", "use string"),
        Verify.Diagnostic("APC013").WithLocation(3).WithArguments("Timeout", "string?", "timeout", "NUMBER", "use a numeric type such as int, long, double or decimal"),
        Verify.Diagnostic("APC013").WithLocation(4).WithArguments("Sandbox", "string?", "sandbox", "CHECKBOX", "use bool"),
        Verify.Diagnostic("APC013").WithLocation(5).WithArguments("Region", "int", "region", "STATIC_DROPDOWN", "use string or an enum whose values are the dropdown's options"),
        Verify.Diagnostic("APC013").WithLocation(6).WithArguments("Scopes", "string?", "scopes", "STATIC_MULTI_SELECT_DROPDOWN", "use a string collection such as IReadOnlyList<string>"),
        Verify.Diagnostic("APC013").WithLocation(7).WithArguments("Help", "string?", "help", "MARKDOWN", "a MARKDOWN prop is display text and carries no value; remove the member"));

    [Fact]
    public Task APC014_secret_prop_member_not_marked() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, string {|#0:Password|});
        """,
        ["mysql"],
        Verify.Diagnostic("APC014").WithLocation(0).WithArguments("Password", "password"));

    [Fact]
    public Task APC014_optional_secret_prop_of_an_array_auth() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth)]
        public partial record MistralGateway(string AccountId, string GatewayId, string? {|#0:GatewayAuthToken|} = null);
        """,
        ["mistral-ai"],
        Verify.Diagnostic("APC014").WithLocation(0).WithArguments("GatewayAuthToken", "gatewayAuthToken"));

    [Fact]
    public Task APC014_basic_auth_password_and_secret_text_need_no_metadata() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-pdfcrowd", AuthType.BasicAuth)]
        public partial record PdfcrowdAuth(string Username, string {|#0:Password|});

        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public partial record DeepSeekAuth(string {|#1:ApiKey|});
        """,
        [],
        Verify.Diagnostic("APC014").WithLocation(0).WithArguments("Password", "password"),
        Verify.Diagnostic("APC014").WithLocation(1).WithArguments("ApiKey", "secret_text"));

    [Fact]
    public Task APC014_is_not_reported_for_plain_text_props() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password);
        """,
        ["mysql"]);

    [Fact]
    public Task APC016_no_metadata_file_names_the_pull_command() => Verify.AnalyzerAsync(
        """
        [PieceAuth({|#0:"@activepieces/piece-mysql"|}, AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host);
        """,
        [],
        test => test.WithNoMetadataDiagnostic(),
        Verify.Diagnostic("APC016").WithLocation(0).WithArguments("@activepieces/piece-mysql", "MySqlConnection"));

    [Fact]
    public void APC016_is_an_Info_on_by_default_whose_message_is_the_exact_command()
    {
        var descriptor = Verify.Descriptor("APC016");
        var diagnostic = Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, Microsoft.CodeAnalysis.Location.None, "@activepieces/piece-gelato", "GelatoConnection");

        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, descriptor.DefaultSeverity);
        Assert.EndsWith(
            "run 'dotnet activepieces pieces pull @activepieces/piece-gelato' to add its metadata",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }

    [Fact]
    public Task APC017_enum_member_names_are_not_dropdown_options() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial record KitchenSinkConnection(
            [PieceProp("website_url")] string WebsiteUrl,
            [PieceProp("api_key"), Secret] string ApiKey,
            [PieceProp("region")] Region {|#0:Region|});

        public enum Region
        {
            [System.Runtime.Serialization.EnumMember(Value = "eu")] Europe,
            Asia,
        }
        """,
        [KitchenSink],
        Verify.Diagnostic("APC017").WithLocation(0).WithArguments("Region", "Asia", "Asia", "region", "eu, us"));

    [Fact]
    public Task Pieces_are_matched_by_name_not_by_file_name() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, string {|#0:Port|}, string User, [Secret] string Password);
        """,
        [],
        test => test.TestState.AdditionalFiles.Add(("whatever-name.piece.json", PieceFiles.Read("mysql"))),
        Verify.Diagnostic("APC013").WithLocation(0).WithArguments("Port", "string", "port", "NUMBER", "use a numeric type such as int, long, double or decimal"));

    [Fact]
    public Task Json_files_without_the_piece_suffix_are_ignored() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, string Port);
        """,
        [],
        test => test.TestState.AdditionalFiles.Add(("mysql.json", PieceFiles.Read("mysql"))));

    [Fact]
    public Task APC015_is_reported_in_the_metadata_file_at_the_problem() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password);
        """,
        ["mysql"],
        test => test.TestState.AdditionalFiles.Add(("broken.piece.json", "{\n  \"name\": \"@acme/piece-broken\",\n  \"auth\": 42\n}")),
        Verify.Diagnostic("APC015")
            .WithSpan("broken.piece.json", 3, 11, 3, 12)
            .WithArguments("broken.piece.json", "'auth' must be an object, an array of objects or null, but is a number", 3, 11));

    [Fact]
    public Task APC015_can_be_disabled_in_editorconfig() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password);
        """,
        ["mysql"],
        test =>
        {
            test.TestState.AdditionalFiles.Add(("broken.piece.json", "not json"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.APC015.severity = none\n"));
        });
}
