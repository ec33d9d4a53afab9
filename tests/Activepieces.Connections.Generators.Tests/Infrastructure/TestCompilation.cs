using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>Builds in-memory C# compilations against the .NET 10 reference assemblies and the runtime library.</summary>
internal static class TestCompilation
{
    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PieceAuthAttribute).Assembly.Location),
    ];

    /// <summary>Parse options at <paramref name="languageVersion"/> (latest by default).</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion languageVersion = LanguageVersion.Latest) =>
        new(languageVersion);

    /// <summary>Parses one source file.</summary>
    public static SyntaxTree Parse(string source, string path = "Input.cs", LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions(languageVersion), path);

    /// <summary>A DLL compilation with nullable enabled and warnings reported (none suppressed).</summary>
    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, string assemblyName = "TestAssembly") =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999));

    /// <summary>A compilation of the given sources (one file each).</summary>
    public static CSharpCompilation Create(LanguageVersion languageVersion, params string[] sources)
    {
        var trees = new List<SyntaxTree>();
        for (var i = 0; i < sources.Length; i++)
        {
            trees.Add(Parse(sources[i], $"Input{i}.cs", languageVersion));
        }

        return Create(trees);
    }

    /// <summary>A compilation of the given sources at the latest language version.</summary>
    public static CSharpCompilation Create(params string[] sources) => Create(LanguageVersion.Latest, sources);
}
