using Activepieces.Benchmarks.Corpus;
using Activepieces.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Activepieces.Benchmarks.Generators;

/// <summary>
/// A cold generator run: a fresh <see cref="GeneratorDriver"/> over a compilation with fresh symbols
/// (<see cref="Compilation.Clone"/>: the parsed trees are shared, binding starts from scratch), for the
/// <see cref="PieceAuthCorpus"/> records, against the System.Text.Json source generator over the same records (one
/// <c>[JsonSerializable]</c> per record). Both generators see the identical compilation.
/// </summary>
[SuiteJob(SuiteJobKind.Heavy)]
public class GeneratorColdBenchmarks
{
    private Compilation _compilation = null!;

    /// <summary>The number of <c>[PieceAuth]</c> records in the compilation.</summary>
    [Params(10, 100, 500)]
    public int Records { get; set; }

    /// <summary>Builds and parses the corpus; loads the STJ generator.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _compilation = CorpusCompilation.Create(PieceAuthCorpus.Create(Records));
        GeneratorChecks.AssertGeneratesEveryRecord(GeneratorDrivers.PieceAuth().RunGenerators(_compilation.Clone()), Records);
        GeneratorChecks.AssertGeneratesJsonContext(GeneratorDrivers.SystemTextJson().RunGenerators(_compilation.Clone()), Records);
        GeneratorChecks.AssertOneFilePerRecord(GeneratorDrivers.AttributeFloor().RunGenerators(_compilation.Clone()), Records, "attribute floor");
    }

    /// <summary>The System.Text.Json source generator (the baseline).</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Baseline = true, Description = "STJ generator, cold")]
    public GeneratorDriver SystemTextJsonCold() => GeneratorDrivers.SystemTextJson().RunGenerators(_compilation.Clone());

    /// <summary>The <c>[PieceAuth]</c> generator.</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Description = "PieceAuth generator, cold")]
    public GeneratorDriver PieceAuthCold() => GeneratorDrivers.PieceAuth().RunGenerators(_compilation.Clone());

    /// <summary>The floor: the same attribute lookup with a trivial transform (<see cref="AttributeFloorGenerator"/>).</summary>
    /// <returns>The driver after the run.</returns>
    [Benchmark(Description = "Floor: attribute lookup only, cold")]
    public GeneratorDriver AttributeFloorCold() => GeneratorDrivers.AttributeFloor().RunGenerators(_compilation.Clone());
}
