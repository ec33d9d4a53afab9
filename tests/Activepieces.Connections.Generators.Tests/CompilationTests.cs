using Activepieces.Connections.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests;

/// <summary>
/// The generated code compiles with nullable enabled and every warning as an error (warning level 9999), at the
/// lowest language version we promise (C# 10) and at the latest.
/// </summary>
public sealed class CompilationTests
{
    public static TheoryData<string, LanguageVersion> ScenariosAndLanguageVersions()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (Scenario scenario in Scenarios.All)
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
        Scenario scenario = Scenarios.Get(scenarioName);
        CSharpCompilation input = TestCompilation.Create(languageVersion, scenario.Source);
        Assert.Empty(input.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));

        GeneratorRun run = GeneratorHarness.Run(input);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    public void All_scenarios_compile_together(LanguageVersion languageVersion)
    {
        string[] sources = Scenarios.All.Select(scenario => scenario.Source).ToArray();

        GeneratorRun run = GeneratorHarness.Run(TestCompilation.Create(languageVersion, sources));

        Assert.Equal(Scenarios.All.Count, run.Sources.Count);
        Assert.Empty(run.CompilationProblems);
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

        GeneratorRun run = GeneratorHarness.Run(Source);

        Assert.Equal(2, run.Sources.Count);
        Assert.All(run.Sources.Values, source => Assert.DoesNotContain("PrintMembers", source, StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }
}
