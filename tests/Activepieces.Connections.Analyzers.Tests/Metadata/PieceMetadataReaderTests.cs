using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace Activepieces.Connections.Analyzers.Tests.Metadata;

/// <summary>The metadata reader on the real pieces and on invalid input: what it keeps, what it rejects, and where.</summary>
public sealed class PieceMetadataReaderTests
{
    private static PieceMetadataFile Read(string json) =>
        PieceMetadataFile.Read("test.piece.json", SourceText.From(json), TestContext.Current.CancellationToken);

    private static PieceDefinition ReadValid(string json)
    {
        var file = Read(json);
        Assert.Null(file.Problem);
        return Assert.IsType<PieceDefinition>(file.Metadata);
    }

    [Fact]
    public void MySql_custom_auth_props_in_document_order()
    {
        var metadata = ReadValid(PieceFiles.Read("mysql"));

        Assert.Equal("@activepieces/piece-mysql", metadata.Name);
        Assert.Equal("0.2.7", metadata.Version);
        var auth = Assert.Single(metadata.Auths);
        Assert.Equal("CUSTOM_AUTH", auth.Type);
        Assert.Equal(["host", "port", "user", "password", "database"], auth.Props.Select(p => p.Key));
        Assert.Equal(["SHORT_TEXT", "NUMBER", "SHORT_TEXT", "SECRET_TEXT", "SHORT_TEXT"], auth.Props.Select(p => p.Type));
        Assert.Equal([true, true, true, true, false], auth.Props.Select(p => p.Required));
    }

    [Fact]
    public void Mistral_array_auth_keeps_both_entries()
    {
        var metadata = ReadValid(PieceFiles.Read("mistral-ai"));

        Assert.Equal(["SECRET_TEXT", "CUSTOM_AUTH"], metadata.Auths.Select(a => a.Type));
        Assert.Empty(metadata.FindAuth("SECRET_TEXT")!.Props);
        Assert.Equal(["accountId", "gatewayId", "gatewayAuthToken", "mistralApiKey"], metadata.FindAuth("CUSTOM_AUTH")!.Props.Select(p => p.Key));
    }

    [Theory]
    [InlineData("deepseek", "SECRET_TEXT")]
    [InlineData("pdfcrowd", "BASIC_AUTH")]
    [InlineData("square", "OAUTH2")]
    public void Other_real_pieces_have_one_auth_without_props(string piece, string type)
    {
        var auth = Assert.Single(ReadValid(PieceFiles.Read(piece)).Auths);
        Assert.Equal(type, auth.Type);
        Assert.Empty(auth.Props);
    }

    [Fact]
    public void Dropdown_option_values_are_kept_as_text()
    {
        var auth = Assert.Single(ReadValid(PieceFiles.Read("Synthetic/kitchen-sink")).Auths);

        Assert.Equal(["eu", "us"], auth.FindProp("region")!.Options.Select(o => o.Value));
        Assert.Equal(["read", "write"], auth.FindProp("scopes")!.Options.Select(o => o.Value));
        Assert.Empty(auth.FindProp("website_url")!.Options.Select(o => o.Value));
    }

    [Theory]
    [InlineData("""{"name":"p","auth":null}""")]
    [InlineData("""{"name":"p"}""")]
    [InlineData("""{"name":"p","auth":[]}""")]
    public void Missing_or_null_auth_means_no_auth(string json) => Assert.Empty(ReadValid(json).Auths);

    [Fact]
    public void Unknown_types_and_fields_are_accepted()
    {
        var metadata = ReadValid("""
            // comments and trailing commas are accepted in hand-edited files
            {"name":"p","future":{"x":[1,2]},"auth":[
              {"type":"FUTURE_AUTH","required":true},
              {"type":"CUSTOM_AUTH","props":{"when":{"type":"DATE_TIME","required":true,"extra":1},},},
            ]}
            """);

        Assert.Equal(["FUTURE_AUTH", "CUSTOM_AUTH"], metadata.Auths.Select(a => a.Type));
        Assert.Equal("DATE_TIME", metadata.FindAuth("CUSTOM_AUTH")!.FindProp("when")!.Type);
    }

    [Fact]
    public void An_OIDC_auth_has_props_like_a_CUSTOM_AUTH()
    {
        var metadata = ReadValid("""
            {"name":"p","auth":{"type":"OIDC","required":true,"displayName":"SSO","props":{"issuer":{"type":"SHORT_TEXT","required":true,"displayName":"Issuer"}}}}
            """);

        Assert.Equal("SHORT_TEXT", metadata.FindAuth("OIDC")!.FindProp("issuer")!.Type);
    }

    [Theory]
    [InlineData("", "the file holds no JSON value", 0)]
    [InlineData("   ", "the file holds no JSON value", 0)]
    [InlineData("[]", "the root value must be an object, but is an array", 0)]
    [InlineData("""{"version":"1"}""", "the root object has no 'name' (the piece's npm package name)", 0)]
    [InlineData("""{"name": 1}""", "'name' must be a non-empty string, but is a number", 9)]
    [InlineData("""{"name": ""}""", "'name' must be a non-empty string, but is a string", 9)]
    [InlineData("""{"name":"p","version":3}""", "'version' must be a string, but is a number", 22)]
    [InlineData("""{"name":"p","auth":42}""", "'auth' must be an object, an array of objects or null, but is a number", 19)]
    [InlineData("""{"name":"p","auth":[1]}""", "'auth[0]' must be an object, but is a number", 20)]
    [InlineData("""{"name":"p","auth":{}}""", "'auth' has no 'type'", 19)]
    [InlineData("""{"name":"p","auth":{"type":7}}""", "'auth.type' must be a non-empty string, but is a number", 27)]
    [InlineData("""{"name":"p","auth":{"type":"SECRET_TEXT","required":"yes"}}""", "'auth.required' must be a boolean, but is a string", 52)]
    [InlineData("""{"name":"p","auth":[{"type":"SECRET_TEXT"},{"type":"SECRET_TEXT"}]}""", "'auth' has more than one entry of type 'SECRET_TEXT' (the framework allows one per type)", 43)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH"}}""", "'auth' is a CUSTOM_AUTH without 'props'", 19)]
    [InlineData("""{"name":"p","auth":{"type":"OIDC"}}""", "'auth' is an OIDC without 'props'", 19)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":[]}}""", "'auth.props' must be an object, but is an array", 49)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":{"a":1}}}""", "'auth.props.a' must be an object, but is a number", 54)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":{"a":{"required":true}}}}""", "'auth.props.a' has no 'type'", 54)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":{"":{"type":"NUMBER"}}}}""", "a prop has an empty key", 50)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":{"a":{"type":"NUMBER"},"a":{"type":"NUMBER"}}}}""", "'auth.props.a' appears more than once", 72)]
    [InlineData("""{"name":"p","name":"q"}""", "'name' appears more than once", 12)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":{"r":{"type":"STATIC_DROPDOWN"}}}}""", "'auth.props.r' is a dropdown without 'options'", 54)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":{"r":{"type":"STATIC_DROPDOWN","options":{"options":{}}}}}}""", "'auth.props.r.options.options' must be an array, but is an object", 101)]
    [InlineData("""{"name":"p","auth":{"type":"CUSTOM_AUTH","props":{"r":{"type":"STATIC_DROPDOWN","options":{"options":[{"label":"x"}]}}}}}""", "'auth.props.r.options.options[0]' has no 'value'", 102)]
    public void Invalid_metadata_names_the_problem_and_its_position(string json, string message, int position)
    {
        var file = Read(json);

        Assert.Null(file.Metadata);
        Assert.Equal(new PieceMetadataProblem(message, position), file.Problem);
    }

    [Fact]
    public void Syntax_errors_are_reported_at_their_line_and_column()
    {
        var file = Read("{\n  \"name\": \"p\",\n  \"auth\": [\n    {\"type\": \"SECRET_TEXT\" \"required\": true}\n  ]\n}");

        Assert.NotNull(file.Problem);
        Assert.StartsWith("not valid JSON: ", file.Problem.Message, StringComparison.Ordinal);
        var position = file.GetProblemLocation().GetLineSpan().StartLinePosition;
        Assert.Equal(3, position.Line);
        Assert.Equal(27, position.Character);
    }

    [Fact]
    public void Positions_count_characters_not_utf8_bytes()
    {
        var file = Read("{\"name\":\"p\",\"description\":\"ünïcødé 🚀\",\"auth\":7}");

        // 46 UTF-16 characters precede the 7 (the rocket is two), 51 UTF-8 bytes.
        Assert.Equal(new PieceMetadataProblem("'auth' must be an object, an array of objects or null, but is a number", 46), file.Problem);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected()
    {
        var depth = MetadataJsonTreeReader.MaxDepth + 1;
        var json = "{\"name\":\"p\",\"x\":" + new string('[', depth) + new string(']', depth) + "}";

        var file = Read(json);

        Assert.NotNull(file.Problem);
        Assert.Contains("depth", file.Problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Files_larger_than_the_limit_are_rejected_without_parsing()
    {
        var json = "{\"name\":\"p\",\"pad\":\"" + new string('x', PieceMetadataReader.MaxLength) + "\"}";

        var file = Read(json);

        Assert.NotNull(file.Problem);
        Assert.StartsWith("the file has " + json.Length, file.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_invalid()
    {
        var file = PieceMetadataFile.Read("gone.piece.json", null, TestContext.Current.CancellationToken);

        Assert.Equal("the file could not be read", file.Problem?.Message);
    }
}
