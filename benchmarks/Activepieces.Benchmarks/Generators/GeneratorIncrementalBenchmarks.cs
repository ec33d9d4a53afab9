using Activepieces.Benchmarks.Corpus;
using Activepieces.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Activepieces.Benchmarks.Generators;

/// <summary>
/// The <c>[PieceAuth]</c> generator after an edit, from a driver primed on the corpus (as in the IDE after each
/// keystroke): an unrelated edit (a new file with a method) and an edit of one record (a member renamed). Each
/// invocation builds the edited compilation from the primed one (cheap; as the IDE does) and runs the primed driver on it.
/// The baseline is a cold run over the same corpus (as in <see cref="GeneratorColdBenchmarks"/>), so the ratio column
/// is "fraction of a cold run".
/// </summary>
[SuiteJob(SuiteJobKind.Standard)]
public class GeneratorIncrementalBenchmarks
{
    private Compilation _compilation = null!;
    private GeneratorDriver _primed = null!;
    private GeneratorDriver _primedFloor = null!;
    private SyntaxTree _unrelatedTree = null!;
    private SyntaxTree _recordTree = null!;
    private SyntaxTree _editedRecordTree = null!;

    /// <summary>The number of <c>[PieceAuth]</c> records in the compilation.</summary>
    [Params(10, 100, 500)]
    public int Records { get; set; }

    /// <summary>Builds the corpus and primes the driver.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var corpus = PieceAuthCorpus.Create(Records);
        _compilation = CorpusCompilation.Create(corpus);
        _primed = GeneratorDrivers.PieceAuth().RunGenerators(_compilation);
        GeneratorChecks.AssertGeneratesEveryRecord(_primed, Records);
        _unrelatedTree = CorpusCompilation.Parse(PieceAuthCorpus.UnrelatedFile());
        _recordTree = _compilation.SyntaxTrees.Single(tree => tree.FilePath == corpus.Records[0].Path);
        _editedRecordTree = CorpusCompilation.Parse(corpus.Records[0] with { Source = PieceAuthCorpus.EditedRecordSource(0) });
        GeneratorChecks.AssertGeneratesEveryRecord(UnrelatedEdit(), Records);
        GeneratorChecks.AssertGeneratesEveryRecord(RecordEdit(), Records);
        _primedFloor = GeneratorDrivers.AttributeFloor().RunGenerators(_compilation);
        GeneratorChecks.AssertOneFilePerRecord(FloorUnrelatedEdit(), Records, "attribute floor");
    }

    /// <summary>A cold run: a fresh driver over fresh symbols.</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Baseline = true, Description = "Cold run")]
    public GeneratorDriver Cold() => GeneratorDrivers.PieceAuth().RunGenerators(_compilation.Clone());

    /// <summary>A new file with a method (nothing the generator reads).</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Description = "Unrelated edit")]
    public GeneratorDriver UnrelatedEdit() => _primed.RunGenerators(_compilation.AddSyntaxTrees(_unrelatedTree));

    /// <summary>One record's member renamed (its model and generated file change).</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Description = "Edit of one record")]
    public GeneratorDriver RecordEdit() => _primed.RunGenerators(_compilation.ReplaceSyntaxTree(_recordTree, _editedRecordTree));

    /// <summary>
    /// The same unrelated edit for <see cref="AttributeFloorGenerator"/>: what the attribute lookup alone costs after an
    /// edit, as a fraction of our cold run. No generator built on <c>ForAttributeWithMetadataName</c> can do less.
    /// </summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Description = "Floor: attribute lookup only, unrelated edit")]
    public GeneratorDriver FloorUnrelatedEdit() => _primedFloor.RunGenerators(_compilation.AddSyntaxTrees(_unrelatedTree));
}
