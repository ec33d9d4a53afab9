using Activepieces.Benchmarks.Corpus;
using Activepieces.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Activepieces.Benchmarks.Generators;

/// <summary>
/// The reference point for <see cref="GeneratorIncrementalBenchmarks"/>: the System.Text.Json source generator's
/// unrelated edit as a fraction of its own cold run, on the same corpus and edit. Both generators use
/// <c>ForAttributeWithMetadataName</c>, whose transform Roslyn re-runs for every attributed type whenever the
/// compilation changes (only the outputs are cached), so neither can make an unrelated edit nearly free.
/// </summary>
[SuiteJob(SuiteJobKind.Standard)]
public class SystemTextJsonIncrementalBenchmarks
{
    private Compilation _compilation = null!;
    private GeneratorDriver _primed = null!;
    private SyntaxTree _unrelatedTree = null!;

    /// <summary>The number of records listed in the JSON context.</summary>
    [Params(10, 100, 500)]
    public int Records { get; set; }

    /// <summary>Builds the corpus and primes the STJ driver.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compilation = CorpusCompilation.Create(PieceAuthCorpus.Create(Records));
        _primed = GeneratorDrivers.SystemTextJson().RunGenerators(_compilation);
        GeneratorChecks.AssertGeneratesJsonContext(_primed, Records);
        _unrelatedTree = CorpusCompilation.Parse(PieceAuthCorpus.UnrelatedFile());
    }

    /// <summary>A cold STJ run.</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Baseline = true, Description = "STJ cold run")]
    public GeneratorDriver Cold() => GeneratorDrivers.SystemTextJson().RunGenerators(_compilation.Clone());

    /// <summary>The same unrelated edit as <see cref="GeneratorIncrementalBenchmarks.UnrelatedEdit"/>.</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Description = "STJ unrelated edit")]
    public GeneratorDriver UnrelatedEdit() => _primed.RunGenerators(_compilation.AddSyntaxTrees(_unrelatedTree));
}
