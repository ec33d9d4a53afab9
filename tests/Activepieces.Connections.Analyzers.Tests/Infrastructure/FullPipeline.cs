using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activepieces.Connections.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs what the compiler runs: the source generator, then both analyzers over the generated compilation, and
/// collects every diagnostic plus every exception an analyzer threw (which the compiler would turn into AD0001).
/// </summary>
internal static class FullPipeline
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new PieceAuthShapeAnalyzer(), new PieceMetadataAnalyzer()];

    /// <summary>The outcome of one run.</summary>
    /// <param name="GeneratorDiagnostics">What the generator driver reported (CS8784/CS8785 when the generator threw).</param>
    /// <param name="AnalyzerDiagnostics">What the analyzers reported.</param>
    /// <param name="AnalyzerExceptions">Exceptions thrown by an analyzer (each would be an AD0001).</param>
    public sealed record Result(
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        ImmutableArray<Diagnostic> AnalyzerDiagnostics,
        IReadOnlyList<Exception> AnalyzerExceptions);

    /// <summary>Runs the generator and the analyzers over <paramref name="source"/> with the given additional files.</summary>
    public static async Task<Result> RunAsync(string source, IEnumerable<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var files = additionalFiles.ToImmutableArray();
        var generated = Generate(source, files, cancellationToken);
        return await AnalyzeAsync(generated, files, cancellationToken);
    }

    /// <summary>
    /// Compiles <paramref name="source"/> and runs the generator over it. The generator reads no additional file, so
    /// one generated compilation serves every metadata file analyzed with <see cref="AnalyzeAsync"/>.
    /// </summary>
    public static Generated Generate(string source, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var compilation = CSharpCompilation.Create(
            "Robustness",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, "Connections.cs", cancellationToken: cancellationToken)],
            TestReferences.All,
            CompilationOptions);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PieceAuthGenerator().AsSourceGenerator()],
            additionalFiles,
            ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, cancellationToken);
        return new Generated(output, generatorDiagnostics);
    }

    /// <summary>Runs both analyzers over a generated compilation with the given additional files.</summary>
    public static async Task<Result> AnalyzeAsync(Generated generated, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var analyzerDiagnostics = await generated.Compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        return new Result(generated.Diagnostics, analyzerDiagnostics, [.. exceptions]);
    }

    /// <summary>A compilation after the generator ran, and what the generator driver reported.</summary>
    public sealed record Generated(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics);
}
