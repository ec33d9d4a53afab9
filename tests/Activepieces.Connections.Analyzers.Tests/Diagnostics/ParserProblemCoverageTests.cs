using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Analyzers.Tests.Diagnostics;

/// <summary>
/// The generator emits nothing for a type with a problem, so the shape analyzer must be able to report every problem
/// the parser states: each problem's descriptor is one the analyzer supports, and every rule of the analyzer (but the
/// cross-type APC004) comes from the parser for at least one declaration.
/// </summary>
public sealed class ParserProblemCoverageTests
{
    /// <summary>One declaration per rule, each with exactly that problem.</summary>
    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "APC001", "[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public record T(string Token);" },
        { "APC002", "[PieceAuth(\"Not A Name\", AuthType.SecretText)] public partial record T(string Token);" },
        { "APC003", "[PieceAuth(\"@acme/piece-a\", AuthType.SecretText, ExternalIdPrefix = \"a.b\")] public partial record T(string Token);" },
        { "APC005", "[PieceAuth(\"@acme/piece-a\", AuthType.NoAuth)] public partial record T(string Token);" },
        { "APC006", "[PieceAuth(\"@acme/piece-a\", AuthType.CustomAuth)] public partial record T(System.Uri Endpoint);" },
        { "APC007", "[PieceAuth(\"@acme/piece-a\", AuthType.CustomAuth)] public partial record T([PieceProp(\"k\")] string A, [PieceProp(\"k\")] string B);" },
        { "APC008", "[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public partial record T<TValue>(string Token);" },
        { "APC009", "[PieceAuth(\"@acme/piece-a\", AuthType.SecretText, PieceVersion = \"latest\")] public partial record T(string Token);" },
        { "APC018", "[PieceAuth(\"@acme/piece-a\", AuthType.SecretText, ClientName = \"my-client\")] public partial record T(string Token);" },
        { "APC019", "[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public abstract partial record T(string Token);" },
        { "APC020", "[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)] public partial record T(string Token) { public const string PieceName = \"x\"; }" },
        { "APC021", "[PieceAuth(\"@acme/piece-a\", AuthType.CustomAuth)] public partial record T(string AuthType);" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_parser_states_the_problem_with_a_descriptor_the_shape_analyzer_reports(string id, string declaration)
    {
        var compilation = CSharpCompilation.Create(
            "Coverage",
            [CSharpSyntaxTree.ParseText(Verify.Usings + declaration, path: "T.cs", cancellationToken: TestContext.Current.CancellationToken)],
            TestReferences.All);
        var type = compilation.GetSymbolsWithName(name => name == "T", SymbolFilter.Type, TestContext.Current.CancellationToken).OfType<INamedTypeSymbol>().Single();

        var result = PieceAuthParser.Parse(type, type.GetAttributes().Single(), TestContext.Current.CancellationToken);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(id, problem.Descriptor.Id);
        Assert.Contains(problem.Descriptor, new PieceAuthShapeAnalyzer().SupportedDiagnostics);
        Assert.True(problem.ToDiagnostic(compilation.SyntaxTrees).Location.IsInSource);
        Assert.Null(result.Model);
    }

    [Fact]
    public void Every_per_type_rule_of_the_shape_analyzer_has_a_case()
    {
        var covered = Cases.Select(row => row.Data.Item1).ToHashSet();
        var perTypeRules = new PieceAuthShapeAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id != "APC004");

        Assert.All(perTypeRules, id => Assert.Contains(id, covered));
    }
}
