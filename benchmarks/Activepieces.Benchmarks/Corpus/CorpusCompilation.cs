using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Benchmarks.Corpus;

/// <summary>Builds the in-memory compilation of a <see cref="PieceAuthCorpus"/> (the .NET 10 reference assemblies and the runtime library).</summary>
public static class CorpusCompilation
{
    /// <summary>The parse options of every corpus file (latest C#).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PieceAuthAttribute).Assembly.Location),
    ];

    /// <summary>Parses one corpus file.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The syntax tree.</returns>
    public static SyntaxTree Parse(CorpusFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return CSharpSyntaxTree.ParseText(file.Source, ParseOptions, file.Path);
    }

    /// <summary>One compilation of every record of <paramref name="corpus"/> and its JSON context.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <returns>The compilation (a DLL, nullable enabled).</returns>
    public static CSharpCompilation Create(PieceAuthCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var trees = new List<SyntaxTree>(corpus.Records.Count + 1);
        foreach (var record in corpus.Records)
        {
            trees.Add(Parse(record));
        }

        trees.Add(Parse(corpus.JsonContextFile));
        return CSharpCompilation.Create(
            "Corpus",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
