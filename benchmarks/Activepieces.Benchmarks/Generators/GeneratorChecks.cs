using Microsoft.CodeAnalysis;

namespace Activepieces.Benchmarks.Generators;

/// <summary>Sanity checks run once before measuring: a benchmark of a generator that produced nothing measures nothing.</summary>
public static class GeneratorChecks
{
    /// <summary>Fails unless the <c>[PieceAuth]</c> generator produced one file per record and no diagnostics.</summary>
    /// <param name="driver">The driver after a run.</param>
    /// <param name="records">The number of records.</param>
    /// <exception cref="InvalidOperationException">The run generated another number of files, or failed.</exception>
    public static void AssertGeneratesEveryRecord(GeneratorDriver driver, int records) => AssertOneFilePerRecord(driver, records, "PieceAuth");

    /// <summary>Fails unless a generator produced exactly one file per record and did not fail.</summary>
    /// <param name="driver">The driver after a run.</param>
    /// <param name="records">The number of records.</param>
    /// <param name="generatorName">The generator's name, for the message.</param>
    /// <exception cref="InvalidOperationException">The run generated another number of files, or failed.</exception>
    public static void AssertOneFilePerRecord(GeneratorDriver driver, int records, string generatorName)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null || result.GeneratedSources.Length != records)
        {
            throw new InvalidOperationException(
                $"The {generatorName} generator produced {result.GeneratedSources.Length} files for {records} records ({result.Exception?.Message ?? "no exception"}).");
        }
    }

    /// <summary>Fails unless the STJ generator produced type metadata for every record.</summary>
    /// <param name="driver">The driver after a run.</param>
    /// <param name="records">The number of records.</param>
    /// <exception cref="InvalidOperationException">The run failed or generated too few files.</exception>
    public static void AssertGeneratesJsonContext(GeneratorDriver driver, int records)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null || result.GeneratedSources.Length < records)
        {
            throw new InvalidOperationException(
                $"The STJ generator produced {result.GeneratedSources.Length} files for {records} records ({result.Exception?.Message ?? "no exception"}; "
                + $"diagnostics: {string.Join("; ", result.Diagnostics.Take(3))}).");
        }
    }
}
