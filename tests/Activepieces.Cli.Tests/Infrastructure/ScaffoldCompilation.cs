extern alias Generators;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Generators::Activepieces.Connections.Generators;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activepieces.Cli.Tests.Infrastructure;

/// <summary>
/// Compiles a scaffolded file the way a user's build does: the source generator runs, then every analyzer of
/// <c>Activepieces.Connections.Generators</c> runs over the generated compilation with the piece's <c>*.piece.json</c>
/// as an additional file. XML documentation is parsed and checked (<see cref="DocumentationMode.Diagnose"/>), as in a
/// project with <c>GenerateDocumentationFile</c>.
/// </summary>
internal static class ScaffoldCompilation
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(PieceAuthAttribute).Assembly.Location)];

    /// <summary>Every analyzer the package ships, found in the generator assembly (new analyzers join automatically).</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        [.. typeof(PieceAuthGenerator).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    private const string PieceBindingNote = "APC024";

    /// <summary>The compiled result.</summary>
    /// <param name="Compilation">The compilation with the generated sources.</param>
    /// <param name="Diagnostics">
    /// Every non-hidden diagnostic: the generator driver's, the compiler's, the analyzers' (and analyzer crashes as
    /// AD0001-like errors), except APC024.
    /// </param>
    /// <param name="PieceBindingNotes">
    /// APC024, the Info every record of a generic-destination piece (mysql, postgres, …) gets by design, whatever the
    /// scaffolder writes.
    /// </param>
    public sealed record Result(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> PieceBindingNotes, IReadOnlyList<string> AnalyzerExceptions)
    {
        public string Describe() => string.Join("\n", Diagnostics.Select(d => d.ToString()).Concat(AnalyzerExceptions));
    }

    public static async Task<Result> CompileAsync(string source, string metadataFileName, string metadataJson, CancellationToken cancellationToken)
    {
        var additionalFiles = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(metadataFileName, metadataJson));
        var compilation = CSharpCompilation.Create(
            "Scaffolded",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, "Scaffolded.cs", cancellationToken: cancellationToken)],
            References,
            CompilationOptions);

        GeneratorDriver driver = CSharpGeneratorDriver.Create([new PieceAuthGenerator().AsSourceGenerator()], additionalFiles, ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, cancellationToken);

        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var analyzerDiagnostics = await output.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);

        var all = generatorDiagnostics
            .Concat(output.GetDiagnostics(cancellationToken))
            .Concat(analyzerDiagnostics)
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .ToImmutableArray();
        return new Result(output, [.. all.Where(d => d.Id != PieceBindingNote)], [.. all.Where(d => d.Id == PieceBindingNote)], [.. exceptions]);
    }
}
