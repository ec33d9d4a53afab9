using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Activepieces.Connections.Generators.Analyzers;
using Activepieces.Connections.Generators.Model;
using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Analyzers.Tests;

/// <summary>
/// The generator emits nothing for a type with a shape problem, so every kind of problem the parser can find must
/// become a diagnostic; a new kind without one would leave the user with missing generated code and no reason.
/// </summary>
public sealed class ShapeProblemCoverageTests
{
    /// <summary>The names of every <see cref="ShapeProblemKind"/> (the enum is internal to the generator assembly).</summary>
    public static TheoryData<string> Kinds { get; } = new(Enum.GetNames<ShapeProblemKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_shape_problem_kind_becomes_an_Activepieces_diagnostic(string kindName)
    {
        var kind = Enum.Parse<ShapeProblemKind>(kindName);
        var compilation = CSharpCompilation.Create(
            "Coverage",
            [CSharpSyntaxTree.ParseText(
                """
                [Activepieces.PieceAuth("@activepieces/piece-mysql", Activepieces.AuthType.CustomAuth)]
                public partial record MySqlConnection(string Host, string Server);
                """,
                cancellationToken: TestContext.Current.CancellationToken)],
            TestReferences.All);
        var type = compilation.GetTypeByMetadataName("MySqlConnection")!;
        var attribute = type.GetAttributes().Single();
        var problem = new ShapeProblem
        {
            Kind = kind,
            MemberNames = new EquatableArray<string>(["Host", "Server"]),
            Key = "host",
            TypeName = "MySqlConnection",
            Value = "value",
            AttributeArgument = null,
        };
        var parsed = PieceAuthParser.Parse(type, attribute, TestContext.Current.CancellationToken);
        var result = parsed with { Problems = new EquatableArray<ShapeProblem>([problem]) };
        var reported = new List<Diagnostic>();

        ShapeProblemDiagnostics.Report(result, type, attribute, reported.Add, TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(reported.DistinctBy(d => d.Id));
        Assert.StartsWith("APC", diagnostic.Id, StringComparison.Ordinal);
        Assert.True(diagnostic.Location.IsInSource);
    }
}
