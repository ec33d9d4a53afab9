using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Parsing;

/// <summary>
/// The problems the parser finds: each carries its diagnostic ID, a source location and its message arguments, and a
/// type with any problem has no model (the generator emits nothing for it).
/// </summary>
public sealed class ParserProblemTests
{
    [Fact]
    public void A_type_that_is_not_partial()
    {
        var problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public record T(string Token);
            """);

        AssertProblem(problem, "APC001", "T");
    }

    [Fact]
    public void A_containing_type_that_is_not_partial_blocks_generation_and_is_reported_with_that_type()
    {
        const string Declaration = """
            public class Outer
            {
                public class Middle
                {
                    [PieceAuth("@acme/piece-a", AuthType.SecretText)]
                    public partial record T(string Token);
                }
            }
            """;
        var result = ParserHarness.ParseDeclaration(Declaration, "Acme.Outer+Middle+T");
        var (type, _) = ParserHarness.Find(Declaration, "Acme.Outer+Middle+T");

        Assert.Empty(result.Problems);
        Assert.Null(result.Model);
        Assert.Equal(["Middle", "Outer"], result.ContainingTypeProblems.Select(p => p.MessageArguments[0]).ToArray());
        var outer = Assert.IsType<DiagnosticInfo>(PieceAuthParser.ParseContainingType(type.ContainingType.ContainingType, TestContext.Current.CancellationToken));
        Assert.Equal(result.ContainingTypeProblems[1], outer);
        AssertProblem(outer, "APC001", "Outer");
        Assert.Equal(ParserHarness.DeclarationFirstLine, outer.Location!.LineSpan.Start.Line);
        Assert.Null(PieceAuthParser.ParseContainingType(type, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_generic_type_or_a_type_nested_in_a_generic_type()
    {
        var generic = SingleProblem(
            """
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public partial record T<TValue>(string Token);
            """,
            "Acme.T`1");
        var nested = SingleProblem(
            """
            public partial class Outer<TValue>
            {
                [PieceAuth("@acme/piece-a", AuthType.SecretText)]
                public partial record T(string Token);
            }
            """,
            "Acme.Outer`1+T");

        AssertProblem(generic, "APC008", "T", "is generic");
        AssertProblem(nested, "APC008", "T", "is nested in the generic type 'Outer'");
    }

    [Theory]
    [InlineData("[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public abstract partial record T(string Token);", "Acme.T", "T", "abstract")]
    [InlineData("public record Base; [PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public partial record T(string Token) : Base;", "Acme.T", "T", "base type Acme.Base")]
    [InlineData("[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public ref partial struct T { public string Token; }", "Acme.T", "T", "ref struct")]
    [InlineData("public partial class Outer { [PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] private partial record T(string Token); }", "Acme.Outer+T", "T", "accessibility Private")]
    [InlineData("[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] file partial record T(string Token);", null, "T", "file-local")]
    public void An_unsupported_type_shape(string declaration, string? metadataName, string typeName, string reason)
    {
        var result = metadataName is null
            ? ParseFileLocal(declaration)
            : ParserHarness.ParseDeclaration(declaration, metadataName);

        AssertProblem(Assert.Single(result.Problems), "APC019", typeName, reason);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_member_of_an_unsupported_type()
    {
        var problems = Problems("""
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public partial record T(string Ok, Uri Endpoint, List<int> Numbers, System.Collections.Immutable.ImmutableArray<string> Values, object Anything);
            """,
            expectedCount: 4);

        Assert.All(problems, p => Assert.Equal("APC006", p.Descriptor.Id));
        Assert.Equal(["Endpoint", "Numbers", "Values", "Anything"], problems.Select(p => p.MessageArguments[0]).ToArray());
        AssertProblem(problems[0], "APC006", "Endpoint", "global::System.Uri");
    }

    [Fact]
    public void Two_members_with_the_same_key_report_the_second()
    {
        var problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public partial record T([PieceProp("api_key")] string First, [property: JsonPropertyName("api_key")] string Second);
            """);

        AssertProblem(problem, "APC007", "Second", "api_key", "First");
    }

    [Fact]
    public void A_missing_required_value_field()
    {
        var problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.BasicAuth)]
            public partial record T(string Username);
            """);

        AssertProblem(problem, "APC005", "T", "BasicAuth", "no member maps to the required field 'password' (declare a string member named Password)");
    }

    [Fact]
    public void Every_required_field_of_PlatformOAuth2_is_reported_when_missing()
    {
        var result = ParserHarness.ParseDeclaration("""
            [PieceAuth("@acme/piece-a", AuthType.PlatformOAuth2)]
            public partial record T(string ClientId);
            """);

        Assert.Equal(
            [
                "no member maps to the required field 'code' (declare a string member with [PieceProp(\"code\")])",
                "no member maps to the required field 'redirect_url' (declare a string member with [PieceProp(\"redirect_url\")])",
                "no member maps to the required field 'scope' (declare a string member with [PieceProp(\"scope\")])",
            ],
            result.Problems.Select(p => p.MessageArguments[2]).ToArray());
    }

    [Fact]
    public void An_empty_CUSTOM_AUTH_type_is_a_problem_and_generates_nothing()
    {
        var problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public partial record T;
            """);

        AssertProblem(problem, "APC005", "T", "CustomAuth", "it declares no member, and a CUSTOM_AUTH value needs at least one prop");
    }

    [Theory]
    [InlineData("AuthType.SecretText", "string Token, string Extra", "'Extra' has no place in its value (a SECRET_TEXT value is exactly one string)")]
    [InlineData("AuthType.NoAuth", "string Anything", "'Anything' has no place in its value (a NO_AUTH value has no member)")]
    [InlineData("AuthType.BasicAuth", "string Username, string Password, string Domain", "'Domain' has no place in its value (a BASIC_AUTH value is Username and Password)")]
    [InlineData("AuthType.CloudOAuth2", "string ClientId, string Code, string Scope, string ClientSecret", "'ClientSecret' maps to 'client_secret', which its value does not have")]
    [InlineData("AuthType.CloudOAuth2", "string ClientId, string Code, string Scope, string RedirectUrl", "'RedirectUrl' maps to 'redirect_url', which its value does not have")]
    [InlineData("AuthType.PlatformOAuth2", "string ClientId, string Code, string RedirectUrl, string Scope, string GrantType", "'GrantType' maps to 'grant_type', which its value does not have")]
    public void A_member_that_does_not_fit_the_auth_type(string authType, string parameters, string why)
    {
        var problem = SingleProblem($"[PieceAuth(\"@acme/piece-a\", {authType})] public partial record T({parameters});");

        AssertProblem(problem, "APC005", "T", authType["AuthType.".Length..], why);
    }

    [Theory]
    [InlineData("AuthType.SecretText", "int Token", "'Token' maps to 'secret_text', which must be a string")]
    [InlineData("AuthType.BasicAuth", "string Username, string[] Password", "'Password' maps to 'password', which must be a string")]
    [InlineData("AuthType.OAuth2", "string ClientId, string ClientSecret, string Code, string RedirectUrl, bool Scope", "'Scope' maps to 'scope', which must be a string")]
    public void A_value_field_of_the_wrong_type(string authType, string parameters, string why)
    {
        var problem = SingleProblem($"[PieceAuth(\"@acme/piece-a\", {authType})] public partial record T({parameters});");

        AssertProblem(problem, "APC005", "T", authType["AuthType.".Length..], why);
    }

    [Fact]
    public void An_enum_authorization_method_is_accepted()
    {
        var result = ParserHarness.ParseDeclaration("""
            public enum Method { HEADER, BODY }
            [PieceAuth("@acme/piece-a", AuthType.CloudOAuth2)]
            public partial record T(string ClientId, string Code, string Scope, Method AuthorizationMethod);
            """);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Model);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"Not A Package\"", "Not A Package")]
    [InlineData("\"@/piece-a\"", "@/piece-a")]
    [InlineData("null", "")]
    public void An_invalid_piece_name_hides_the_derived_prefix(string pieceName, string shown)
    {
        var problem = SingleProblem($"[PieceAuth({pieceName}, AuthType.SecretText)] public partial record T(string Token);");

        AssertProblem(problem, "APC002", shown, "use '@scope/name' or 'name': lower-case letters, digits and '-', '.', '_', '~', at most 214 characters");
    }

    [Theory]
    [InlineData("ExternalIdPrefix = \"gelato \"", "APC003", "gelato ", "has characters other than letters, digits, '_' and '-'")]
    [InlineData("ExternalIdPrefix = \"\"", "APC003", "", "is empty")]
    [InlineData("DisplayName = \" \"", "APC018", "DisplayName ' '", "is empty or white space")]
    [InlineData("PieceVersion = \"latest\"", "APC009", "latest")]
    [InlineData("PieceVersion = \"1.2\"", "APC009", "1.2")]
    [InlineData("PieceVersion = \"01.2.3\"", "APC009", "01.2.3")]
    [InlineData("ClientName = \"my-client\"", "APC018", "ClientName 'my-client'", "is not a C# identifier (it is the stem of the generated method names)")]
    [InlineData("Scope = (ConnectionScope)7", "APC018", "Scope", "is not a defined ConnectionScope value")]
    public void An_invalid_named_argument_is_located_on_the_argument(string namedArgument, string id, params string[] arguments)
    {
        var declaration = $"[PieceAuth(\"@acme/piece-a\", AuthType.SecretText, {namedArgument})] public partial record T(string Token);";
        var problem = SingleProblem(declaration);

        AssertProblem(problem, id, arguments);
        var start = ParserHarness.DeclarationOffset + declaration.IndexOf(namedArgument, StringComparison.Ordinal);
        Assert.Equal((start, namedArgument.Length), (problem.Location!.TextSpan.Start, problem.Location.TextSpan.Length));
    }

    [Fact]
    public void An_undefined_auth_type()
    {
        var problem = SingleProblem("[PieceAuth(\"@acme/piece-a\", (AuthType)42)] public partial record T(string Token);");

        AssertProblem(problem, "APC018", "authType", "is not a defined AuthType value");
    }

    [Fact]
    public void A_user_member_with_a_generated_name()
    {
        var problem = SingleProblem("""
            [PieceAuth("@acme/piece-a", AuthType.SecretText)]
            public partial record T(string Token)
            {
                public static string ExternalIdFor(string id) => id;
            }
            """);

        AssertProblem(problem, "APC020", "T", "'ExternalIdFor'");
    }

    [Fact]
    public void Problems_are_values()
    {
        const string Declaration = """
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public record T([property: Secret] string ApiKey, int[] Numbers);
            """;

        Assert.Equal(ParserHarness.ParseDeclaration(Declaration).Problems, ParserHarness.ParseDeclaration(Declaration).Problems);
    }

    [Fact]
    public void The_metadata_analyzer_reads_arguments_and_members_of_a_type_with_problems()
    {
        var (type, attribute) = ParserHarness.Find("""
            [PieceAuth("@acme/piece-a", AuthType.CustomAuth)]
            public record T([property: Secret] string ApiKey);
            """);

        var arguments = PieceAuthParser.ReadArguments(type, attribute);
        var members = PieceAuthParser.ReadMembers(type, arguments.AuthType, TestContext.Current.CancellationToken);

        Assert.Equal("a_", arguments.ExternalIdPrefix);
        Assert.True(Assert.Single(members).HasSecretAttribute);
    }

    private static void AssertProblem(DiagnosticInfo problem, string id, params string[] arguments)
    {
        Assert.Equal(id, problem.Descriptor.Id);
        Assert.Equal(arguments, problem.MessageArguments.ToArray());
        Assert.NotNull(problem.Location);
    }

    private static DiagnosticInfo SingleProblem(string declaration, string metadataName = "Acme.T")
    {
        var result = ParserHarness.ParseDeclaration(declaration, metadataName);
        Assert.Null(result.Model);
        return Assert.Single(result.Problems);
    }

    private static List<DiagnosticInfo> Problems(string declaration, int expectedCount)
    {
        var result = ParserHarness.ParseDeclaration(declaration);
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
