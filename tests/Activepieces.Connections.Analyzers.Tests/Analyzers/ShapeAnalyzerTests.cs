using Activepieces.Connections.Analyzers.Tests.Infrastructure;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>APC001–APC009 and APC018–APC020: the checks that need no metadata file.</summary>
public sealed class ShapeAnalyzerTests
{
    private static readonly string[] NoPieces = [];

    [Fact]
    public Task Valid_types_of_every_auth_type_report_nothing() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public partial record DeepSeekAuth([Secret] string ApiKey);

        [PieceAuth("@activepieces/piece-pdfcrowd", AuthType.BasicAuth)]
        public partial record PdfcrowdAuth(string Username, [Secret] string Password);

        [PieceAuth("@activepieces/piece-gelato", AuthType.CustomAuth, ExternalIdPrefix = "gelato-store_", PieceVersion = "1.2.3-beta.1")]
        public partial class GelatoConnection
        {
            [Secret] public required string ApiKey { get; init; }
            public int? Retries { get; init; }
            public bool Sandbox { get; init; }
            public decimal Rate { get; init; }
            public Mode Mode { get; init; }
            public IReadOnlyList<string> Tags { get; init; } = [];
        }

        public enum Mode { Live, Test }

        [PieceAuth("@activepieces/piece-square", AuthType.CloudOAuth2)]
        public partial record SquareConnection(string ClientId, [Secret] string Code, string Scope);

        [PieceAuth("@activepieces/piece-http", AuthType.NoAuth)]
        public partial record struct HttpConnection;

        public static partial class Outer
        {
            [PieceAuth("local-piece", AuthType.SecretText, ClientName = "Local", DisplayName = "Local")]
            public partial record LocalAuth([Secret] string Token);
        }
        """,
        NoPieces);

    [Fact]
    public Task APC001_type_not_partial() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public record {|#0:DeepSeekAuth|}([Secret] string ApiKey);
        """,
        NoPieces,
        Verify.Diagnostic("APC001").WithLocation(0).WithArguments("DeepSeekAuth"));

    [Fact]
    public Task APC001_containing_type_not_partial() => Verify.AnalyzerAsync(
        """
        public static class {|#0:Outer|}
        {
            [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
            public partial record DeepSeekAuth([Secret] string ApiKey);
        }
        """,
        NoPieces,
        Verify.Diagnostic("APC001").WithLocation(0).WithArguments("Outer"));

    [Theory]
    [InlineData("Not A Name")]
    [InlineData("@activepieces/")]
    [InlineData("@/piece")]
    [InlineData("UPPER")]
    [InlineData(".hidden")]
    [InlineData("")]
    public Task APC002_piece_name_is_not_an_npm_name(string pieceName) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth({|#0:"{{pieceName}}"|}, AuthType.SecretText, ExternalIdPrefix = "x_")]
        public partial record SomeAuth([Secret] string ApiKey);
        """,
        NoPieces,
        Verify.Diagnostic("APC002").WithLocation(0).WithArguments(pieceName, "use '@scope/name' or 'name': lower-case letters, digits and '-', '.', '_', '~', at most 214 characters"));

    [Theory]
    [InlineData("@activepieces/piece-mysql")]
    [InlineData("piece-local")]
    [InlineData("@my-org/piece-erp.v2")]
    public Task APC002_valid_npm_names_report_nothing(string pieceName) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth("{{pieceName}}", AuthType.SecretText)]
        public partial record SomeAuth([Secret] string ApiKey);
        """,
        NoPieces);

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("my prefix", "has characters other than letters, digits, '_' and '-'")]
    [InlineData("db'_", "has characters other than letters, digits, '_' and '-'")]
    [InlineData("crm.", "has characters other than letters, digits, '_' and '-'")]
    [InlineData("crm:", "has characters other than letters, digits, '_' and '-'")]
    public Task APC003_external_id_prefix_is_invalid(string prefix, string why) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText, {|#0:ExternalIdPrefix = "{{prefix}}"|})]
        public partial record DeepSeekAuth([Secret] string ApiKey);
        """,
        NoPieces,
        Verify.Diagnostic("APC003").WithLocation(0).WithArguments(prefix, why));

    [Fact]
    public Task APC003_is_not_reported_for_a_prefix_derived_from_an_invalid_piece_name() => Verify.AnalyzerAsync(
        """
        [PieceAuth({|APC002:"@scope/"|}, AuthType.SecretText)]
        public partial record SomeAuth([Secret] string ApiKey);
        """,
        NoPieces);

    [Fact]
    public Task APC004_two_types_share_an_explicit_prefix() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText, ExternalIdPrefix = "ai_")]
        public partial record ADeepSeekAuth([Secret] string ApiKey);

        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.SecretText, {|#0:ExternalIdPrefix = "ai_"|})]
        public partial record BMistralAuth([Secret] string ApiKey);
        """,
        NoPieces,
        Verify.Diagnostic("APC004").WithLocation(0).WithArguments("BMistralAuth", "ADeepSeekAuth", "ai_"));

    [Fact]
    public Task APC004_two_types_of_one_piece_share_the_derived_prefix() => Verify.AnalyzerAsync(
        """
        [PieceAuth({|#0:"@activepieces/piece-mistral-ai"|}, AuthType.SecretText)]
        public partial record MistralKey([Secret] string ApiKey);

        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth)]
        public partial record MistralGateway(string AccountId, string GatewayId);
        """,
        NoPieces,
        Verify.Diagnostic("APC004").WithLocation(0).WithArguments("MistralKey", "MistralGateway", "mistral-ai_"));

    [Fact]
    public Task APC004_distinct_prefixes_report_nothing() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.SecretText, ExternalIdPrefix = "mistral_key_")]
        public partial record MistralKey([Secret] string ApiKey);

        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth, ExternalIdPrefix = "mistral_gateway_")]
        public partial record MistralGateway(string AccountId, string GatewayId);
        """,
        NoPieces);

    [Fact]
    public Task APC005_secret_text_with_two_members() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public partial record DeepSeekAuth([Secret] string ApiKey, string {|#0:Region|});
        """,
        NoPieces,
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("DeepSeekAuth", "SecretText", "'Region' has no place in its value (a SECRET_TEXT value is exactly one string)"));

    [Fact]
    public Task APC005_secret_text_without_members() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public partial record {|#0:DeepSeekAuth|};
        """,
        NoPieces,
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("DeepSeekAuth", "SecretText", "no member maps to the required field 'secret_text' (declare one string member)"));

    [Fact]
    public Task APC005_basic_auth_without_password_and_with_an_extra_member() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-pdfcrowd", AuthType.BasicAuth)]
        public partial record {|#0:PdfcrowdAuth|}(string Username, string {|#1:ApiKey|});
        """,
        NoPieces,
        Verify.Diagnostic("APC005").WithLocation(1).WithArguments("PdfcrowdAuth", "BasicAuth", "'ApiKey' has no place in its value (a BASIC_AUTH value is Username and Password)"),
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("PdfcrowdAuth", "BasicAuth", "no member maps to the required field 'password' (declare a string member named Password)"));

    [Fact]
    public Task APC005_basic_auth_password_must_be_a_string() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-pdfcrowd", AuthType.BasicAuth)]
        public partial record PdfcrowdAuth(string Username, [Secret] int {|#0:Password|});
        """,
        NoPieces,
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("PdfcrowdAuth", "BasicAuth", "'Password' maps to 'password', which must be a string"));

    [Fact]
    public Task APC005_no_auth_with_a_member() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-http", AuthType.NoAuth)]
        public partial record HttpConnection(string {|#0:BaseUrl|});
        """,
        NoPieces,
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("HttpConnection", "NoAuth", "'BaseUrl' has no place in its value (a NO_AUTH value has no member)"));

    [Fact]
    public Task APC005_custom_auth_without_members() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record {|#0:MySqlConnection|};
        """,
        NoPieces,
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("MySqlConnection", "CustomAuth", "it declares no member, and a CUSTOM_AUTH value needs at least one prop"));

    [Fact]
    public Task APC005_cloud_oauth2_has_no_client_secret_and_needs_a_code() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-square", AuthType.CloudOAuth2)]
        public partial record {|#0:SquareConnection|}(string ClientId, [Secret] string {|#1:ClientSecret|}, string Scope);
        """,
        NoPieces,
        Verify.Diagnostic("APC005").WithLocation(1).WithArguments("SquareConnection", "CloudOAuth2", "'ClientSecret' maps to 'client_secret', which its value does not have"),
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("SquareConnection", "CloudOAuth2", "no member maps to the required field 'code' (declare a string member with [PieceProp(\"code\")])"));

    [Fact]
    public Task APC006_member_type_cannot_be_sent() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, System.DateTime {|#0:Expires|}, List<int> {|#1:Ports|});
        """,
        NoPieces,
        Verify.Diagnostic("APC006").WithLocation(0).WithArguments("Expires", "global::System.DateTime"),
        Verify.Diagnostic("APC006").WithLocation(1).WithArguments("Ports", "global::System.Collections.Generic.List<int>"));

    [Fact]
    public Task APC007_two_members_map_to_one_key() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection([PieceProp("host")] string Host, [PieceProp("host")] string {|#0:Server|});
        """,
        NoPieces,
        Verify.Diagnostic("APC007").WithLocation(0).WithArguments("Server", "host", "Host"));

    [Fact]
    public Task APC007_explicit_key_equal_to_a_conventional_key() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, [PieceProp("host")] string {|#0:Server|});
        """,
        NoPieces,
        Verify.Diagnostic("APC007").WithLocation(0).WithArguments("Server", "host", "Host"));

    [Fact]
    public Task APC008_generic_type() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public partial record {|#0:DeepSeekAuth|}<T>([Secret] string ApiKey);
        """,
        NoPieces,
        Verify.Diagnostic("APC008").WithLocation(0).WithArguments("DeepSeekAuth", "is generic"));

    [Fact]
    public Task APC008_type_nested_in_a_generic_type() => Verify.AnalyzerAsync(
        """
        public partial class Outer<T>
        {
            [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
            public partial record {|#0:DeepSeekAuth|}([Secret] string ApiKey);
        }
        """,
        NoPieces,
        Verify.Diagnostic("APC008").WithLocation(0).WithArguments("DeepSeekAuth", "is nested in the generic type 'Outer'"));

    [Theory]
    [InlineData("1.2")]
    [InlineData("01.2.3")]
    [InlineData("v1.2.3")]
    [InlineData("1.2.3-")]
    [InlineData("")]
    public Task APC009_piece_version_is_not_semver(string version) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth, {|#0:PieceVersion = "{{version}}"|})]
        public partial record MySqlConnection(string Host);
        """,
        NoPieces,
        Verify.Diagnostic("APC009").WithLocation(0).WithArguments(version));

    [Fact]
    public Task APC018_invalid_arguments() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", {|#0:(AuthType)42|}, {|#1:DisplayName = " "|}, {|#2:ClientName = "my client"|}, {|#3:Scope = (ConnectionScope)7|})]
        public partial record MySqlConnection(string Host);
        """,
        NoPieces,
        Verify.Diagnostic("APC018").WithLocation(0).WithArguments("authType", "is not a defined AuthType value"),
        Verify.Diagnostic("APC018").WithLocation(1).WithArguments("DisplayName ' '", "is empty or white space"),
        Verify.Diagnostic("APC018").WithLocation(3).WithArguments("Scope", "is not a defined ConnectionScope value"),
        Verify.Diagnostic("APC018").WithLocation(2).WithArguments("ClientName 'my client'", "is not a C# identifier (it is the stem of the generated method names)"));

    [Fact]
    public Task APC019_abstract_type() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public abstract partial record {|#0:MySqlConnection|}(string Host);
        """,
        NoPieces,
        Verify.Diagnostic("APC019").WithLocation(0).WithArguments("MySqlConnection", "abstract"));

    [Fact]
    public Task APC020_member_the_generator_emits() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host)
        {
            public static string {|#0:ExternalIdFor|}(string project) => project;
        }
        """,
        NoPieces,
        Verify.Diagnostic("APC020").WithLocation(0).WithArguments("MySqlConnection", "'ExternalIdFor'"));

    [Fact]
    public Task Pragma_disables_a_diagnostic() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        #pragma warning disable APC006
        public partial record MySqlConnection(string Host, System.DateTime Expires);
        #pragma warning restore APC006
        """,
        NoPieces);

    [Fact]
    public Task Editorconfig_changes_a_severity() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, System.DateTime {|#0:Expires|});
        """,
        NoPieces,
        test => test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.APC006.severity = warning\n")),
        Verify.Diagnostic("APC006").WithLocation(0).WithArguments("Expires", "global::System.DateTime").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Fact]
    public Task Types_without_the_attribute_are_ignored() => Verify.AnalyzerAsync(
        """
        public record NotAConnection(System.DateTime When);
        """,
        NoPieces);
}
