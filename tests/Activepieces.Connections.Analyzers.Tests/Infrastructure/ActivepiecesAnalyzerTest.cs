using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Activepieces.Connections.Analyzers.Tests.Infrastructure;

/// <summary>
/// A Microsoft.CodeAnalysis.Testing test that runs the Activepieces analyzers (shape, metadata and piece binding) and, when
/// <typeparamref name="TCodeFix"/> is not <see cref="EmptyCodeFixProvider"/>, a code fix. Compiles against the .NET 10
/// reference assemblies and the runtime attributes, with C# preview features available.
/// </summary>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
internal sealed class ActivepiecesAnalyzerTest<TCodeFix> : CSharpCodeFixTest<PieceAuthShapeAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public ActivepiecesAnalyzerTest()
    {
        // No NuGet download: the reference assemblies come from Basic.Reference.Assemblies.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        FixedState.AdditionalReferences.AddRange(TestReferences.All);

        // APC016 (Info) is reported for every type whose piece has no metadata file; a test that is not about it leaves it out.
        DisabledDiagnostics.Add("APC016");

        // APC024 (Info) is reported for every type of a generic-destination piece such as mysql; likewise left out.
        DisabledDiagnostics.Add("APC024");
    }

    /// <summary>Reports APC016 in the test.</summary>
    public ActivepiecesAnalyzerTest<TCodeFix> WithNoMetadataDiagnostic()
    {
        DisabledDiagnostics.Remove("APC016");
        return this;
    }

    /// <summary>Reports APC024 in the test.</summary>
    public ActivepiecesAnalyzerTest<TCodeFix> WithGenericDestinationDiagnostic()
    {
        DisabledDiagnostics.Remove("APC024");
        return this;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        [new PieceAuthShapeAnalyzer(), new PieceMetadataAnalyzer(), new PieceBindingAnalyzer()];

    protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
