using Activepieces.Benchmarks.Corpus;
using Activepieces.Benchmarks.Generators;
using Activepieces.Connections.Generators;
using Microsoft.CodeAnalysis;

namespace Activepieces.Benchmarks.Tests.Generators;

/// <summary>
/// The incremental behaviour the generator benchmarks rely on, on the 100-record benchmark corpus: after an unrelated
/// edit every tracked step is cached or unchanged; after an edit of one record exactly that record's output changes.
/// </summary>
public sealed class GeneratorCachingTests
{
    private const int Records = 100;

    // The generator's own tracked steps: its TrackingNames constants (internal, visible to this assembly).
    private static readonly string[] GeneratorSteps = [TrackingNames.Parse, TrackingNames.Generatable];

    [Fact]
    public void After_an_unrelated_edit_every_tracked_step_is_cached_or_unchanged()
    {
        Compilation compilation = CorpusCompilation.Create(PieceAuthCorpus.Create(Records));
        var primed = GeneratorDrivers.PieceAuth(trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = compilation.AddSyntaxTrees(CorpusCompilation.Parse(PieceAuthCorpus.UnrelatedFile()));
        var result = primed.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(Records, result.GeneratedSources.Length);
        foreach (var step in GeneratorSteps)
        {
            Assert.Equal(Records, result.TrackedSteps[step].Sum(run => run.Outputs.Length));
        }

        Assert.NotEmpty(result.TrackedOutputSteps);
        var notCached = result.TrackedSteps.Concat(result.TrackedOutputSteps)
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (Step: step.Key, output.Reason)))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)
                && !IsCompilationInput(output.Step))
            .ToList();
        Assert.True(notCached.Count == 0, "Not cached: " + string.Join(", ", notCached.Distinct()));
    }

    [Fact]
    public void After_an_unrelated_edit_the_attribute_lookup_reruns_every_transform_even_one_that_reads_only_a_name()
    {
        // Why "unrelated edit ≤ 0.1× of a cold run" is out of reach for a ForAttributeWithMetadataName generator:
        // Roslyn pairs every attributed node with the new compilation, so each transform runs again (Unchanged: ran,
        // produced an equal value), never Cached. Our Parse does the same; only the steps after it are Cached.
        Compilation compilation = CorpusCompilation.Create(PieceAuthCorpus.Create(Records));
        var edited = compilation.AddSyntaxTrees(CorpusCompilation.Parse(PieceAuthCorpus.UnrelatedFile()));

        var floor = GeneratorDrivers.AttributeFloor(trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken)
            .RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        var ours = GeneratorDrivers.PieceAuth(trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken)
            .RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.All(Reasons(floor, AttributeFloorGenerator.TransformStep), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(Reasons(ours, "Parse"), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(Reasons(ours, "Generatable"), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(Records, Reasons(floor, AttributeFloorGenerator.TransformStep).Length);
        Assert.Equal(Records, Reasons(ours, "Parse").Length);

        static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
            [.. result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason)];
    }

    [Fact]
    public void After_an_edit_of_one_record_only_its_output_is_regenerated()
    {
        var corpus = PieceAuthCorpus.Create(Records);
        Compilation compilation = CorpusCompilation.Create(corpus);
        var primed = GeneratorDrivers.PieceAuth(trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var original = compilation.SyntaxTrees.Single(tree => tree.FilePath == corpus.Records[0].Path);

        var edited = compilation.ReplaceSyntaxTree(
            original, CorpusCompilation.Parse(corpus.Records[0] with { Source = PieceAuthCorpus.EditedRecordSource(0) }));
        var result = primed.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        IncrementalStepRunReason[] outputs = [.. result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason)];
        Assert.Equal(Records, outputs.Length);
        Assert.Equal(1, outputs.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(Records - 1, outputs.Count(reason => reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void The_corpus_is_deterministic_with_three_to_eight_members_per_record()
    {
        var first = PieceAuthCorpus.Create(Records);
        var second = PieceAuthCorpus.Create(Records);

        Assert.Equal(first.Records, second.Records);
        Assert.Equal(first.JsonContextFile, second.JsonContextFile);
        Assert.All(first.Records, record =>
        {
            var members = record.Source.Split('\n').Count(line => line.StartsWith("    ", StringComparison.Ordinal));
            Assert.InRange(members, 3, 8);
        });
        Assert.Equal(4, first.Records.Select(record => record.Source.Split("AuthType.")[1].Split(')')[0]).Distinct().Count());
    }

    // The compilation itself is an input: a new compilation is always Modified (that is the edit), as are the
    // ForAttributeWithMetadataName steps that pair each file's nodes with the new compilation.
    private static bool IsCompilationInput(string step) =>
        step is "Compilation" or "compilationAndGroupedNodes_ForAttributeWithMetadataName";
}
