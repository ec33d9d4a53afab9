using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="PieceAuthGenerator"/> with step tracking on.</summary>
internal static class GeneratorHarness
{
    /// <summary>A driver for the generator with incremental step tracking, parsing generated code like <paramref name="compilation"/>.</summary>
    public static GeneratorDriver CreateDriver(Compilation compilation) =>
        CSharpGeneratorDriver.Create(
            [new PieceAuthGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once.</summary>
    public static GeneratorRun Run(Compilation compilation)
    {
        GeneratorDriver driver = CreateDriver(compilation)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }

    /// <summary>Runs the generator over sources at the latest language version.</summary>
    public static GeneratorRun Run(params string[] sources) => Run(TestCompilation.Create(sources));
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
