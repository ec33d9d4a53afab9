using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Activepieces.Connections.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Activepieces.Connections.Analyzers.Tests.CodeFixes;

/// <summary>The code fixes of APC001, APC011, APC012 and APC014, one at a time and with Fix All.</summary>
public sealed class CodeFixTests
{
    private static readonly string[] NoPieces = [];

    [Fact]
    public Task APC001_adds_partial_after_the_modifiers() => Verify.CodeFixAsync<MakePartialCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public sealed record {|APC001:DeepSeekAuth|}([Secret] string ApiKey);
        """,
        """
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
        public sealed partial record DeepSeekAuth([Secret] string ApiKey);
        """,
        NoPieces);

    [Fact]
    public Task APC001_adds_partial_to_a_type_without_modifiers() => Verify.CodeFixAsync<MakePartialCodeFixProvider>(
        """
        namespace Acme
        {
            [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
            record struct {|APC001:DeepSeekAuth|}([Secret] string ApiKey);
        }
        """,
        """
        namespace Acme
        {
            [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
            partial record struct DeepSeekAuth([Secret] string ApiKey);
        }
        """,
        NoPieces);

    [Fact]
    public Task APC001_fix_all_makes_the_type_and_its_containing_type_partial() => Verify.CodeFixAsync<MakePartialCodeFixProvider>(
        """
        public static class {|APC001:Connections|}
        {
            [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
            public record {|APC001:DeepSeekAuth|}([Secret] string ApiKey);
        }
        """,
        """
        public static partial class Connections
        {
            [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText)]
            public partial record DeepSeekAuth([Secret] string ApiKey);
        }
        """,
        NoPieces);

    [Fact]
    public Task APC011_adds_a_primary_constructor_parameter_before_optional_ones() => Verify.CodeFixAsync<AddMissingPropMemberCodeFixProvider>(
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
        ["mysql"]);

    [Fact]
    public Task APC011_adds_a_secret_parameter_on_one_line() => Verify.CodeFixAsync<AddMissingPropMemberCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record {|APC011:MySqlConnection|}(string Host, int Port, string User);
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [PieceProp("password"), Secret] string Password);
        """,
        ["mysql"]);

    [Fact]
    public Task APC011_adds_required_properties_of_the_fitting_types_to_a_class() => Verify.CodeFixAsync<AddMissingPropMemberCodeFixProvider>(
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial class {|APC011:{|APC011:{|APC011:KitchenSinkConnection|}|}|}
        {
            [PieceProp("notes")] public string? Notes { get; init; }
        }
        """,
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial class KitchenSinkConnection
        {
            [PieceProp("notes")] public string? Notes { get; init; }

            [PieceProp("api_key"), Secret]
            public required string ApiKey { get; init; }

            [PieceProp("region")]
            public required string Region { get; init; }

            [PieceProp("website_url")]
            public required string WebsiteUrl { get; init; }
        }
        """,
        ["Synthetic/kitchen-sink"]);

    [Fact]
    public Task APC011_fix_all_adds_every_missing_parameter_of_several_types() => Verify.CodeFixAsync<AddMissingPropMemberCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record {|APC011:{|APC011:MySqlConnection|}|}(string User, [Secret] string Password, string? Database = null);

        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth)]
        public partial record {|APC011:MistralGateway|}(string AccountId);
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string User, [Secret] string Password, [PieceProp("host")] string Host, [PieceProp("port")] double Port, string? Database = null);

        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth)]
        public partial record MistralGateway(string AccountId, [PieceProp("gatewayId")] string GatewayId);
        """,
        ["mysql", "mistral-ai"]);

    [Fact]
    public Task APC012_adds_PieceProp_with_the_closest_key() => Verify.CodeFixAsync<AddPiecePropAttributeCodeFixProvider>(
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial class {|APC011:KitchenSinkConnection|}
        {
            public required string {|APC012:WebsiteUrl|} { get; init; }
            [PieceProp("api_key"), Secret] public required string ApiKey { get; init; }
            [PieceProp("region")] public required string Region { get; init; }
        }
        """,
        """
        [PieceAuth("@acme/piece-kitchen-sink", AuthType.CustomAuth)]
        public partial class KitchenSinkConnection
        {
            [PieceProp("website_url")]
            public required string WebsiteUrl { get; init; }
            [PieceProp("api_key"), Secret] public required string ApiKey { get; init; }
            [PieceProp("region")] public required string Region { get; init; }
        }
        """,
        ["Synthetic/kitchen-sink"]);

    [Fact]
    public Task APC012_corrects_the_key_of_an_existing_PieceProp() => Verify.CodeFixAsync<AddPiecePropAttributeCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, [PieceProp("databse")] string? {|APC012:Database|} = null);
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, [PieceProp("database")] string? Database = null);
        """,
        ["mysql"]);

    [Fact]
    public Task APC012_fix_all_on_positional_parameters() => Verify.CodeFixAsync<AddPiecePropAttributeCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record {|APC011:{|APC011:MySqlConnection|}|}(string {|APC012:HostName|}, int Port, string {|APC012:Users|}, [Secret] string Password);
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection([PieceProp("host")] string HostName, int Port, [PieceProp("user")] string Users, [Secret] string Password);
        """,
        ["mysql"]);

    [Fact]
    public Task APC012_offers_no_fix_without_a_close_key() => Verify.CodeFixAsync<AddPiecePropAttributeCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, bool {|APC012:UseCompression|});
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, bool {|APC012:UseCompression|});
        """,
        ["mysql"]);

    [Fact]
    public Task APC014_adds_Secret_to_a_parameter() => Verify.CodeFixAsync<AddSecretAttributeCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, string {|APC014:Password|});
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password);
        """,
        ["mysql"]);

    [Fact]
    public Task APC014_adds_Secret_to_a_property_and_a_field() => Verify.CodeFixAsync<AddSecretAttributeCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth)]
        public partial class MistralGateway
        {
            public required string AccountId { get; init; }
            public required string GatewayId { get; init; }

            /// <summary>The gateway token.</summary>
            public string? {|APC014:GatewayAuthToken|} { get; init; }

            [System.ComponentModel.Description("key")]
            public string? {|APC014:MistralApiKey|};
        }
        """,
        """
        [PieceAuth("@activepieces/piece-mistral-ai", AuthType.CustomAuth)]
        public partial class MistralGateway
        {
            public required string AccountId { get; init; }
            public required string GatewayId { get; init; }

            /// <summary>The gateway token.</summary>
            [Secret]
            public string? GatewayAuthToken { get; init; }

            [System.ComponentModel.Description("key")]
            [Secret]
            public string? MistralApiKey;
        }
        """,
        ["mistral-ai"]);

    [Fact]
    public Task APC014_writes_a_qualified_name_without_the_using() => Verify.CodeFixAsync<AddSecretAttributeCodeFixProvider>(
        """
        [Activepieces.PieceAuth("@activepieces/piece-pdfcrowd", Activepieces.AuthType.BasicAuth)]
        public partial record PdfcrowdAuth(string Username, string {|APC014:Password|});
        """,
        """
        [Activepieces.PieceAuth("@activepieces/piece-pdfcrowd", Activepieces.AuthType.BasicAuth)]
        public partial record PdfcrowdAuth(string Username, [Activepieces.Secret] string Password);
        """,
        NoPieces,
        usings: string.Empty);

    [Fact]
    public Task APC014_adds_a_new_list_after_a_targeted_attribute_list() => Verify.CodeFixAsync<AddSecretAttributeCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [property: PieceProp("password")] string {|APC014:Password|});
        """,
        """
        [PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth)]
        public partial record MySqlConnection(string Host, int Port, string User, [property: PieceProp("password")][Secret] string Password);
        """,
        ["mysql"]);
}
