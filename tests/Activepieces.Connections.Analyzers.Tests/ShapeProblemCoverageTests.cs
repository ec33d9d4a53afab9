using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Activepieces.Connections.Generators.Analyzers;
using Activepieces.Connections.Generators.Model;
using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Analyzers.Tests;

/// <summary>
/// The generator emits nothing for a type with a shape problem, so every kind of problem the parser can find must
/// become its own documented diagnostic; a new kind without one would leave the user with missing generated code and
/// no reason.
/// </summary>
public sealed class ShapeProblemCoverageTests
{
    /// <summary>
    /// The diagnostic each <see cref="ShapeProblemKind"/> (by name: the enum is internal to the generator assembly) is
    /// reported as: the ids are the public contract (docs/diagnostics), so they are written out here.
    /// </summary>
    public static TheoryData<string, string> Mapping { get; } = new()
    {
        { "NotPartial", "APC001" },
        { "Generic", "APC008" },
        { "UnsupportedTypeShape", "APC019" },
        { "UnsupportedMemberType", "APC006" },
        { "DuplicateKey", "APC007" },
        { "MissingRequiredField", "APC005" },
        { "UnexpectedMember", "APC005" },
        { "FieldTypeMismatch", "APC005" },
        { "InvalidPieceName", "APC002" },
        { "InvalidAuthType", "APC018" },
        { "InvalidExternalIdPrefix", "APC003" },
        { "InvalidDisplayName", "APC018" },
        { "InvalidPieceVersion", "APC009" },
        { "InvalidScope", "APC018" },
        { "InvalidClientName", "APC018" },
        { "ConflictingMember", "APC020" },
    };

    [Fact]
    public void The_mapping_names_every_shape_problem_kind()
    {
        var mapped = Mapping.Select(row => row.Data.Item1).Order(StringComparer.Ordinal);
        Assert.Equal(Enum.GetNames<ShapeProblemKind>().Order(StringComparer.Ordinal), mapped);
    }

    [Theory]
    [MemberData(nameof(Mapping))]
    public void Each_shape_problem_kind_becomes_its_diagnostic(string kindName, string expectedId)
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
        Assert.Equal(expectedId, diagnostic.Id);
        Assert.True(diagnostic.Location.IsInSource);
    }
}
