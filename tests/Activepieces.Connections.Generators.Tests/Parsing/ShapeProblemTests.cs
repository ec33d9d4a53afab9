using Activepieces.Connections.Generators.Parsing;
using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Parsing;

/// <summary>
/// Every <see cref="ShapeProblemKind"/> the analyzers rely on: reported with the member, key, argument or type
/// involved, and no model (the generator emits nothing for the type).
/// </summary>
public sealed class ShapeProblemTests
{
    [Fact]
    public void A_type_that_is_not_partial()
    {
        ShapeProblem problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public record T(string Token);
            """);

        Assert.Equal((ShapeProblemKind.NotPartial, "T"), (problem.Kind, problem.TypeName));
    }

    [Fact]
    public void A_containing_type_that_is_not_partial()
    {
        ShapeProblem problem = SingleProblem(
            """
            public class Outer
            {
                [PieceAuth("@acme/piece-a", AuthType.SecretText)]
                public partial record T(string Token);
            }
            """,
            "Acme.Outer+T");

        Assert.Equal((ShapeProblemKind.NotPartial, "Outer"), (problem.Kind, problem.TypeName));
    }

    [Fact]
    public void A_generic_type_or_a_type_nested_in_a_generic_type()
    {
        ShapeProblem generic = SingleProblem(
            """
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public partial record T<TValue>(string Token);
            """,
            "Acme.T`1");
        ShapeProblem nested = SingleProblem(
            """
            public partial class Outer<TValue>
            {
                [PieceAuth("@acme/piece-a", AuthType.SecretText)]
                public partial record T(string Token);
            }
            """,
            "Acme.Outer`1+T");

        Assert.Equal((ShapeProblemKind.Generic, "T"), (generic.Kind, generic.TypeName));
        Assert.Equal((ShapeProblemKind.Generic, "Outer"), (nested.Kind, nested.TypeName));
    }

    [Theory]
    [InlineData("[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public abstract partial record T(string Token);", "Acme.T", "abstract")]
    [InlineData("public record Base; [PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public partial record T(string Token) : Base;", "Acme.T", "base type Acme.Base")]
    [InlineData("[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public ref partial struct T { public string Token; }", "Acme.T", "ref struct")]
    [InlineData("public partial class Outer { [PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] private partial record T(string Token); }", "Acme.Outer+T", "accessibility Private")]
    [InlineData("[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] file partial record T(string Token);", null, "file-local")]
    public void An_unsupported_type_shape(string declaration, string? metadataName, string reason)
    {
        PieceAuthParseResult result = metadataName is null
            ? ParseFileLocal(declaration)
            : ParserHarness.ParseDeclaration(declaration, metadataName);

        ShapeProblem problem = Assert.Single(result.Problems);
        Assert.Equal((ShapeProblemKind.UnsupportedTypeShape, reason), (problem.Kind, problem.Value));
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_member_of_an_unsupported_type()
    {
        List<ShapeProblem> problems = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public partial record T(string Ok, Uri Endpoint, List<int> Numbers, System.Collections.Immutable.ImmutableArray<string> Values, object Anything);
            """,
            expectedCount: 4);

        Assert.All(problems, p => Assert.Equal(ShapeProblemKind.UnsupportedMemberType, p.Kind));
        Assert.Equal(["Endpoint", "Numbers", "Values", "Anything"], problems.Select(p => p.MemberNames.Single()).ToArray());
        ShapeProblem problem = problems[0];
        Assert.Equal((ShapeProblemKind.UnsupportedMemberType, "Endpoint", "endpoint", "global::System.Uri"),
            (problem.Kind, problem.MemberNames.Single(), problem.Key, problem.Value));
    }

    [Fact]
    public void Two_members_with_the_same_key()
    {
        ShapeProblem problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public partial record T([PieceProp("api_key")] string First, [property: JsonPropertyName("api_key")] string Second);
            """);

        Assert.Equal((ShapeProblemKind.DuplicateKey, "api_key"), (problem.Kind, problem.Key));
        Assert.Equal(["First", "Second"], problem.MemberNames.ToArray());
    }

    [Fact]
    public void A_missing_required_value_field()
    {
        ShapeProblem problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.BasicAuth)]
            public partial record T(string Username);
            """);

        Assert.Equal((ShapeProblemKind.MissingRequiredField, "password"), (problem.Kind, problem.Key));
    }

    [Fact]
    public void Every_required_field_of_PlatformOAuth2_is_reported_when_missing()
    {
        PieceAuthParseResult result = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-a", AuthType.PlatformOAuth2)]
            public partial record T(string ClientId);
            """);

        Assert.Equal(
            ["code", "redirect_url", "scope"],
            result.Problems.Where(p => p.Kind == ShapeProblemKind.MissingRequiredField).Select(p => p.Key!).ToArray());
    }

    [Theory]
    [InlineData("AuthType.SecretText", "string Token, string Extra", "Extra", null)]
    [InlineData("AuthType.NoAuth", "string Anything", "Anything", null)]
    [InlineData("AuthType.BasicAuth", "string Username, string Password, string Domain", "Domain", null)]
    [InlineData("AuthType.CloudOAuth2", "string ClientId, string Code, string Scope, string ClientSecret", "ClientSecret", "client_secret")]
    [InlineData("AuthType.CloudOAuth2", "string ClientId, string Code, string Scope, string RedirectUrl", "RedirectUrl", "redirect_url")]
    [InlineData("AuthType.PlatformOAuth2", "string ClientId, string Code, string RedirectUrl, string Scope, string GrantType", "GrantType", "grant_type")]
    public void A_member_that_does_not_fit_the_auth_type(string authType, string parameters, string member, string? field)
    {
        ShapeProblem problem = SingleProblem($"[PieceAuth(\"@acme/piece-a\", {authType})] public partial record T({parameters});");

        Assert.Equal((ShapeProblemKind.UnexpectedMember, member, field), (problem.Kind, problem.MemberNames.Single(), problem.Key));
    }

    [Theory]
    [InlineData("AuthType.SecretText", "int Token", "secret_text")]
    [InlineData("AuthType.BasicAuth", "string Username, string[] Password", "password")]
    [InlineData("AuthType.OAuth2", "string ClientId, string ClientSecret, string Code, string RedirectUrl, bool Scope", "scope")]
    public void A_value_field_of_the_wrong_type(string authType, string parameters, string field)
    {
        ShapeProblem problem = SingleProblem($"[PieceAuth(\"@acme/piece-a\", {authType})] public partial record T({parameters});");

        Assert.Equal((ShapeProblemKind.FieldTypeMismatch, field), (problem.Kind, problem.Key));
    }

    [Fact]
    public void An_enum_authorization_method_is_accepted()
    {
        PieceAuthParseResult result = ParserHarness.ParseDeclaration("""
            public enum Method { HEADER, BODY }
            [PieceAuth("@acme/piece-a", AuthType.CloudOAuth2)]
            public partial record T(string ClientId, string Code, string Scope, Method AuthorizationMethod);
            """);

        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("\"\"", "pieceName")]
    [InlineData("\"Not A Package\"", "pieceName")]
    [InlineData("\"@/piece-a\"", "pieceName")]
    [InlineData("null", "pieceName")]
    public void An_invalid_piece_name(string pieceName, string argument)
    {
        ShapeProblem problem = SingleProblem($"[PieceAuth({pieceName}, AuthType.SecretText)] public partial record T(string Token);");

        Assert.Equal((ShapeProblemKind.InvalidPieceName, argument), (problem.Kind, problem.AttributeArgument));
    }

    [Theory]
    [InlineData("ExternalIdPrefix = \"gelato \"", nameof(ShapeProblemKind.InvalidExternalIdPrefix), "ExternalIdPrefix")]
    [InlineData("ExternalIdPrefix = \"\"", nameof(ShapeProblemKind.InvalidExternalIdPrefix), "ExternalIdPrefix")]
    [InlineData("DisplayName = \" \"", nameof(ShapeProblemKind.InvalidDisplayName), "DisplayName")]
    [InlineData("PieceVersion = \"latest\"", nameof(ShapeProblemKind.InvalidPieceVersion), "PieceVersion")]
    [InlineData("PieceVersion = \"1.2\"", nameof(ShapeProblemKind.InvalidPieceVersion), "PieceVersion")]
    [InlineData("PieceVersion = \"01.2.3\"", nameof(ShapeProblemKind.InvalidPieceVersion), "PieceVersion")]
    [InlineData("ClientName = \"my-client\"", nameof(ShapeProblemKind.InvalidClientName), "ClientName")]
    [InlineData("Scope = (ConnectionScope)7", nameof(ShapeProblemKind.InvalidScope), "Scope")]
    public void An_invalid_named_argument(string namedArgument, string kind, string argument)
    {
        ShapeProblem problem = SingleProblem($"[PieceAuth(\"@acme/piece-a\", AuthType.SecretText, {namedArgument})] public partial record T(string Token);");

        Assert.Equal((kind, argument), (problem.Kind.ToString(), problem.AttributeArgument));
    }

    [Fact]
    public void An_undefined_auth_type()
    {
        ShapeProblem problem = SingleProblem("[PieceAuth(\"@acme/piece-a\", (AuthType)42)] public partial record T(string Token);");

        Assert.Equal((ShapeProblemKind.InvalidAuthType, "authType"), (problem.Kind, problem.AttributeArgument));
    }

    [Fact]
    public void A_user_member_with_a_generated_name()
    {
        ShapeProblem problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public partial record T(string Token)
            {
                public static string ExternalIdFor(string id) => id;
            }
            """);

        Assert.Equal((ShapeProblemKind.ConflictingMember, "ExternalIdFor"), (problem.Kind, problem.MemberNames.Single()));
    }

    [Fact]
    public void Problems_do_not_hide_the_settings_and_members()
    {
        PieceAuthParseResult result = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public record T([property: Secret] string ApiKey);
            """);

        Assert.Null(result.Model);
        Assert.Equal("a_", result.Settings.ExternalIdPrefix);
        Assert.True(Assert.Single(result.Members).HasSecretAttribute);
    }

    private static ShapeProblem SingleProblem(string declaration, string metadataName = "Acme.T")
    {
        PieceAuthParseResult result = ParserHarness.ParseDeclaration(declaration, metadataName);
        Assert.Null(result.Model);
        return Assert.Single(result.Problems);
    }

    private static List<ShapeProblem> SingleProblem(string declaration, int expectedCount)
    {
        PieceAuthParseResult result = ParserHarness.ParseDeclaration(declaration);
        Assert.Null(result.Model);
        Assert.Equal(expectedCount, result.Problems.Count);
        return [.. result.Problems];
    }

    private static PieceAuthParseResult ParseFileLocal(string declaration)
    {
        var compilation = TestCompilation.Create("using Activepieces;\nnamespace Acme;\n" + declaration);
        var type = compilation.GetSymbolsWithName("T", Microsoft.CodeAnalysis.SymbolFilter.Type, TestContext.Current.CancellationToken)
            .OfType<Microsoft.CodeAnalysis.INamedTypeSymbol>()
            .Single();
        return PieceAuthParser.Parse(type, type.GetAttributes().Single(), TestContext.Current.CancellationToken);
    }
}
