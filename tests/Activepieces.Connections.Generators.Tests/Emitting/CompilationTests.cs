using Activepieces.Connections.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests.Emitting;

/// <summary>
/// The generated code compiles with nullable enabled and every warning as an error (warning level 9999), at the
/// lowest language version we promise (C# 10) and at the latest.
/// </summary>
public sealed class CompilationTests
{
    public static TheoryData<string, LanguageVersion> ScenariosAndLanguageVersions()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (var scenario in Scenarios.All)
        {
            data.Add(scenario.Name, LanguageVersion.CSharp10);
            data.Add(scenario.Name, LanguageVersion.Latest);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScenariosAndLanguageVersions))]
    public void Generated_code_compiles_without_warnings(string scenarioName, LanguageVersion languageVersion)
    {
        var scenario = Scenarios.Get(scenarioName);
        var input = TestCompilation.Create(languageVersion, scenario.Source);
        Assert.Empty(input.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var run = GeneratorHarness.Run(input);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void All_scenarios_compile_together(LanguageVersion languageVersion)
    {
        var sources = Scenarios.All.Select(scenario => scenario.Source).ToArray();

        var run = GeneratorHarness.Run(TestCompilation.Create(languageVersion, sources));

        Assert.Equal(Scenarios.All.Count, run.Sources.Count);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_generated_XML_docs_are_complete_and_every_cref_resolves()
    {
        // Recompiled with documentation diagnostics on (as a consumer with GenerateDocumentationFile sees them): a cref
        // that does not resolve (CS1574) or a public member without docs (CS1591) in the generated code is a warning.
        var withDocs = TestCompilation.ParseOptions().WithDocumentationMode(DocumentationMode.Diagnose);
        var sources = Scenarios.All.Select(scenario => scenario.Source).ToArray();
        var run = GeneratorHarness.Run(sources);
        var generated = run.Sources
            .Select(source => CSharpSyntaxTree.ParseText(source.Value, withDocs, source.Key, cancellationToken: TestContext.Current.CancellationToken))
            .ToArray();
        var inputs = sources
            .Select((source, i) => CSharpSyntaxTree.ParseText(source, withDocs, $"Input{i}.cs", cancellationToken: TestContext.Current.CancellationToken))
            .ToArray();

        var compilation = TestCompilation.Create([.. inputs, .. generated]);

        var problems = compilation.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && generated.Contains(d.Location.SourceTree))
            .Select(d => d.ToString())
            .ToList();
        Assert.Equal(Scenarios.All.Count, generated.Length);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_user_declared_PrintMembers_or_ToString_is_kept_and_no_redaction_is_emitted()
    {
        const string Source = """
            using Activepieces;

            namespace Acme;

            [PieceAuth("@activepieces/piece-gelato", AuthType.CustomAuth)]
            public partial record GelatoConnection([property: Secret] string ApiKey)
            {
                public override string ToString() => "GelatoConnection";
            }

            [PieceAuth("@activepieces/piece-openai", AuthType.SecretText)]
            public sealed partial record OpenAiAuth(string ApiKey)
            {
                private bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("ApiKey = <hidden>");
                    return true;
                }
            }
            """;

        var run = GeneratorHarness.Run(Source);

        Assert.Equal(2, run.Sources.Count);
        Assert.All(run.Sources.Values, source => Assert.DoesNotContain("PrintMembers", source, StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("public partial record T<TValue>(string Token);")]
    [InlineData("file partial record T(string Token);")]
    [InlineData("public static partial class T { }")]
    public void A_type_that_generated_code_cannot_name_generates_nothing_and_reports_nothing(string declaration)
    {
        var run = GeneratorHarness.Run(
            "using Activepieces;\nnamespace Acme;\n[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)]\n" + declaration);

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Keyword_members_enum_aliases_split_partials_and_nullable_oblivious_code_compile()
    {
        const string Declarations = """
            using Activepieces;

            namespace Acme;

            public enum Level { Low = 1, Minimum = 1, High = 2 }

            #nullable disable
            [PieceAuth("@acme/piece-events", AuthType.CustomAuth)]
            public partial record EventsConnection(string @event, int @class, Level Level)
            {
                public string Oblivious { get; init; }
            }
            #nullable restore

            public partial record EventsConnection
            {
                public string? Region { get; init; }
            }
            """;
        const string OtherPart = """
            namespace Acme;

            public partial record EventsConnection
            {
                public bool Verbose { get; init; }
            }
            """;

        var run = GeneratorHarness.Run(Declarations, OtherPart);

        var source = Assert.Single(run.Sources).Value;
        // Keywords are escaped where the member is read; the JSON names are encoded once, unescaped.
        Assert.Contains(", this.@event);", source, StringComparison.Ordinal);
        Assert.Contains(", this.@class);", source, StringComparison.Ordinal);
        Assert.Contains(", this.Verbose);", source, StringComparison.Ordinal);
        Assert.Contains("JsonEncodedText.Encode(\"event\")", source, StringComparison.Ordinal);
        Assert.Contains("JsonEncodedText.Encode(\"class\")", source, StringComparison.Ordinal);
        Assert.Contains("JsonEncodedText.Encode(\"verbose\")", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }
}
