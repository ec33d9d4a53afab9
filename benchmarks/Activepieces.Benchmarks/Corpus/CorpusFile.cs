namespace Activepieces.Benchmarks.Corpus;

/// <summary>One source file of a generated corpus.</summary>
/// <param name="Path">The file path (unique within the corpus).</param>
/// <param name="Source">The C# source.</param>
public sealed record CorpusFile(string Path, string Source);
