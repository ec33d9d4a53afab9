using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="PieceAuthGenerator"/> with step tracking on. Every <see cref="Run(Compilation)"/> also runs the
/// generator a second time on a clone of the compilation and checks that every tracked step and output was cached.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The tracked step names: every constant of <see cref="TrackingNames"/>, so a new step is checked too.</summary>
    public static IReadOnlyList<string> TrackedSteps { get; } =
        [.. typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)];

    /// <summary>A driver for the generator with incremental step tracking, parsing generated code like <paramref name="compilation"/>.</summary>
    public static GeneratorDriver CreateDriver(Compilation compilation) =>
        CSharpGeneratorDriver.Create(
            [new PieceAuthGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once, then checks that a second run on a clone of the compilation is cached.</summary>
    public static GeneratorRun Run(Compilation compilation)
    {
        var driver = CreateDriver(compilation)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        AssertSecondRunIsCached(driver, compilation);
        return new GeneratorRun(driver, output, diagnostics);
    }

    /// <summary>Runs the generator over sources at the latest language version.</summary>
    public static GeneratorRun Run(params string[] sources) => Run(TestCompilation.Create(sources));

    /// <summary>The outputs of a tracked step of one run.</summary>
    public static List<object?> StepOutputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? [.. runs.SelectMany(run => run.Outputs).Select(output => output.Value)]
            : [];

    /// <summary>
    /// Runs <paramref name="driver"/> again on a clone of <paramref name="compilation"/>: every tracked step produces equal
    /// outputs, and every step and source output is <see cref="IncrementalStepRunReason.Cached"/> or
    /// <see cref="IncrementalStepRunReason.Unchanged"/> (NetEscapades.EnumGenerators' TestHelpers do the same).
    /// </summary>
    private static void AssertSecondRunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        var first = driver.GetRunResult().Results.Single();
        var second = driver.RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        IncrementalStepRunReason[] cached = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];
        foreach (var step in TrackedSteps)
        {
            Assert.Equal(StepOutputs(first, step), StepOutputs(second, step));
            if (second.TrackedSteps.TryGetValue(step, out var runs))
            {
                Assert.All(runs.SelectMany(run => run.Outputs), output => Assert.Contains(output.Reason, cached));
            }
        }

        Assert.All(
            second.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs),
            output => Assert.Contains(output.Reason, cached));
    }
}

/// <summary>The outcome of one generator run.</summary>
/// <param name="Driver">The driver after the run (to run again incrementally).</param>
/// <param name="OutputCompilation">The input compilation plus the generated trees.</param>
/// <param name="GeneratorDiagnostics">Diagnostics reported by the driver (the generator reports none).</param>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation OutputCompilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The single generator's result.</summary>
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    /// <summary>Errors and warnings of the output compilation (generated code included).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToList();
}
