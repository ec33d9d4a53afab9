using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Activepieces.Connections.Analyzers.Tests.Infrastructure;

/// <summary>Short ways to run the analyzers (and a code fix) over a source and piece metadata files.</summary>
internal static class Verify
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = "using System.Collections.Generic;\nusing Activepieces;\n\n";

    /// <summary>Runs the analyzers over <paramref name="source"/> (markup: <c>{|APC011:Name|}</c>) with the given pieces' metadata.</summary>
    public static Task AnalyzerAsync(string source, string[] pieces, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, pieces, configure: null, expected);

    /// <summary>Runs the analyzers; <paramref name="configure"/> may add files, options or expected diagnostics.</summary>
    public static Task AnalyzerAsync(string source, string[] pieces, Action<ActivepiecesAnalyzerTest<EmptyCodeFixProvider>>? configure, params DiagnosticResult[] expected)
    {
        var test = new ActivepiecesAnalyzerTest<EmptyCodeFixProvider> { TestCode = Usings + source };
        foreach (var piece in pieces)
        {
            test.TestState.AdditionalFiles.Add(PieceFiles.AdditionalFile(piece));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        configure?.Invoke(test);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs the analyzers and <typeparamref name="TCodeFix"/>, expecting <paramref name="fixedSource"/>.</summary>
    public static Task CodeFixAsync<TCodeFix>(
        string source,
        string fixedSource,
        string[] pieces,
        Action<ActivepiecesAnalyzerTest<TCodeFix>>? configure = null,
        string usings = Usings)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new ActivepiecesAnalyzerTest<TCodeFix> { TestCode = usings + source, FixedCode = usings + fixedSource };
        foreach (var piece in pieces)
        {
            test.TestState.AdditionalFiles.Add(PieceFiles.AdditionalFile(piece));
            test.FixedState.AdditionalFiles.Add(PieceFiles.AdditionalFile(piece));
        }

        configure?.Invoke(test);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>An expected diagnostic of <paramref name="descriptor"/>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>An expected diagnostic by ID (its descriptor's severity).</summary>
    public static DiagnosticResult Diagnostic(string id) => new(Descriptor(id));

    /// <summary>The descriptor of <paramref name="id"/>.</summary>
    public static DiagnosticDescriptor Descriptor(string id) => AllDescriptors.Single(d => d.Id == id);

    /// <summary>Every descriptor the analyzers support.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors { get; } =
        [.. new PieceAuthShapeAnalyzer().SupportedDiagnostics, .. new PieceMetadataAnalyzer().SupportedDiagnostics, .. new PieceBindingAnalyzer().SupportedDiagnostics];

    /// <summary>The category every descriptor shares.</summary>
    public const string Category = DiagnosticDescriptors.Category;
}
