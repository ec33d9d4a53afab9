extern alias Generators;

using Activepieces.Benchmarks.Corpus;
using Generators::Activepieces.Connections.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Benchmarks.Generators;

/// <summary>Fresh <see cref="CSharpGeneratorDriver"/>s for the generator under test and the STJ baseline.</summary>
public static class GeneratorDrivers
{
    /// <summary>A driver for <see cref="PieceAuthGenerator"/>.</summary>
    /// <param name="trackSteps">Whether to record incremental steps (tests: yes; benchmarks: no, as in a real build).</param>
    /// <returns>The driver (nothing run yet).</returns>
    public static GeneratorDriver PieceAuth(bool trackSteps = false) => Create(new PieceAuthGenerator(), trackSteps);

    /// <summary>A driver for <see cref="AttributeFloorGenerator"/> (the attribute lookup alone).</summary>
    /// <param name="trackSteps">Whether to record incremental steps.</param>
    /// <returns>The driver (nothing run yet).</returns>
    public static GeneratorDriver AttributeFloor(bool trackSteps = false) => Create(new AttributeFloorGenerator(), trackSteps);

    /// <summary>A driver for the System.Text.Json source generator.</summary>
    /// <returns>The driver (nothing run yet).</returns>
    public static GeneratorDriver SystemTextJson() => Create(SystemTextJsonGenerator.Create(), trackSteps: false);

    private static GeneratorDriver Create(IIncrementalGenerator generator, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: CorpusCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
