using System.Collections;
using System.Reflection;
using Activepieces.Connections.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests.Incrementality;

/// <summary>
/// Incremental caching of <see cref="PieceAuthGenerator"/> on every scenario: re-runs and unrelated edits leave every
/// output cached, a change to the type regenerates it, and the cached model holds no compilation data.
/// </summary>
public sealed class CachingTests
{
    [Fact]
    public void Every_TrackingNames_constant_is_a_step_the_generator_tracks()
    {
        var result = GeneratorHarness.Run(Scenarios.CustomAuth.Source).Result;

        Assert.Equal([TrackingNames.Parse, TrackingNames.Generatable], GeneratorHarness.TrackedSteps);
        Assert.All(GeneratorHarness.TrackedSteps, step => Assert.Single(GeneratorHarness.StepOutputs(result, step)));
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void A_second_run_on_the_same_compilation_is_cached(string scenarioName)
    {
        var compilation = TestCompilation.Create(Scenarios.Get(scenarioName).Source);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var second = driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        AssertAllOutputs(second, IncrementalStepRunReason.Cached);
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void A_second_run_on_a_cloned_compilation_produces_equal_models_and_cached_outputs(string scenarioName)
    {
        var compilation = TestCompilation.Create(Scenarios.Get(scenarioName).Source);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var first = driver.GetRunResult().Results.Single();

        var second = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in GeneratorHarness.TrackedSteps)
        {
            Assert.Equal(GeneratorHarness.StepOutputs(first, step), GeneratorHarness.StepOutputs(second, step));
        }

        AssertAllOutputs(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Adding_an_unrelated_file_leaves_every_output_cached(string scenarioName)
    {
        var compilation = TestCompilation.Create(Scenarios.Get(scenarioName).Source);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);

        Compilation edited = compilation.AddSyntaxTrees(TestCompilation.Parse("namespace Other { public sealed class Unrelated { } }", "Unrelated.cs"));
        var second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        AssertAllOutputs(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Editing_a_comment_in_the_type_file_reparses_to_an_unchanged_model(string scenarioName)
    {
        var compilation = TestCompilation.Create(Scenarios.Get(scenarioName).Source);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var original = compilation.SyntaxTrees.Single();
        Compilation edited = compilation.ReplaceSyntaxTree(
            original,
            TestCompilation.Parse("// A comment the generator does not care about.\n" + Scenarios.Get(scenarioName).Source, original.FilePath));
        var second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Assert.Single(second.TrackedSteps[TrackingNames.Parse]).Outputs).Reason);
        AssertAllOutputs(second, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Adding_another_connection_type_leaves_the_first_output_cached(string scenarioName)
    {
        var scenario = Scenarios.Get(scenarioName);
        var other = scenario == Scenarios.NoAuth ? Scenarios.SecretText : Scenarios.NoAuth;
        var compilation = TestCompilation.Create(scenario.Source);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);

        Compilation edited = compilation.AddSyntaxTrees(TestCompilation.Parse(other.Source, "Other.cs"));
        var second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        IncrementalStepRunReason[] reasons = [.. OutputReasons(second)];
        Assert.Equal(2, second.GeneratedSources.Length);
        Assert.Single(reasons, reason => reason == IncrementalStepRunReason.New);
        Assert.All(reasons, reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void Changing_the_attribute_regenerates_the_output(string scenarioName)
    {
        var source = Scenarios.Get(scenarioName).Source;
        var compilation = TestCompilation.Create(source);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Contains("PieceAuth(\"@", source, StringComparison.Ordinal);

        var original = compilation.SyntaxTrees.Single();
        Compilation edited = compilation.ReplaceSyntaxTree(
            original,
            TestCompilation.Parse(source.Replace("PieceAuth(\"@", "PieceAuth(\"@renamed", StringComparison.Ordinal), original.FilePath));
        var second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Assert.Single(second.TrackedSteps[TrackingNames.Parse]).Outputs).Reason);
        Assert.All(OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.Contains("@renamed", second.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_member_regenerates_the_output()
    {
        var source = Scenarios.CustomAuth.Source;
        var compilation = TestCompilation.Create(source);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var original = compilation.SyntaxTrees.Single();
        Compilation edited = compilation.ReplaceSyntaxTree(
            original,
            TestCompilation.Parse(source.Replace("string StoreId", "string ShopId", StringComparison.Ordinal), original.FilePath));
        var second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.All(OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.Contains("\"shopId\"", second.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_an_enum_declared_in_another_file_regenerates_the_output()
    {
        const string Type = """
            using Activepieces;

            namespace Acme;

            [PieceAuth("@acme/piece-geo", AuthType.CustomAuth)]
            public partial record GeoConnection(Region Region);
            """;
        const string Enum = """
            namespace Acme;

            public enum Region { Eu, Us }
            """;
        var compilation = TestCompilation.Create(Type, Enum);
        var driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var enumTree = compilation.SyntaxTrees.Last();
        Compilation edited = compilation.ReplaceSyntaxTree(
            enumTree,
            TestCompilation.Parse(Enum.Replace("Us }", "[System.Runtime.Serialization.EnumMember(Value = \"us-east\")] Us }", StringComparison.Ordinal), enumTree.FilePath));
        var second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.All(OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.Contains("Encode(\"us-east\")", second.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void The_model_holds_no_symbols_syntax_locations_or_compilations(string scenarioName)
    {
        var run = GeneratorHarness.Run(Scenarios.Get(scenarioName).Source);

        foreach (var step in GeneratorHarness.TrackedSteps)
        {
            foreach (var output in GeneratorHarness.StepOutputs(run.Result, step))
            {
                Assert.NotNull(output);
                AssertHoldsNoCompilationData(output, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs).Select(output => output.Reason);

    private static void AssertAllOutputs(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        Assert.NotEmpty(result.TrackedOutputSteps);
        Assert.All(OutputReasons(result), reason => Assert.Contains(reason, allowed));
        foreach (var step in GeneratorHarness.TrackedSteps)
        {
            Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs), output => Assert.Contains(output.Reason, allowed));
        }
    }

    private static void AssertHoldsNoCompilationData(object node, string path, HashSet<object> visited)
    {
        var type = node.GetType();
        if (type.IsPrimitive || type.IsEnum || node is string || !visited.Add(node))
        {
            return;
        }

        Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location, $"{path} holds a {type.Name}");
        if (node is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                if (item is not null)
                {
                    AssertHoldsNoCompilationData(item, $"{path}[{index}]", visited);
                }

                index++;
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.GetValue(node) is { } value)
            {
                AssertHoldsNoCompilationData(value, $"{path}.{field.Name}", visited);
            }
        }
    }
}
