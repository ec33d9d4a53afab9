using Activepieces.Cli.Tests.Infrastructure;

namespace Activepieces.Cli.Tests.Scaffolding;

/// <summary>
/// Every auth of every corpus piece (each OAuth2 flavour of OAUTH2 entries) scaffolds to a file that compiles with zero
/// diagnostics: the compiler's (XML docs included), the generator's and every analyzer's, with the piece's metadata
/// as the additional file the analyzers check the record against.
/// </summary>
public sealed class ScaffoldCorpusTests
{
    public static TheoryData<string, string> Auths { get; } = new(Corpus.Auths());

    [Theory]
    [MemberData(nameof(Auths))]
    public async Task The_scaffolded_record_compiles_with_zero_diagnostics(string file, string auth)
    {
        var run = await CliRun.RunAsync(Corpus.Directory, "pieces", "scaffold", file, "--auth", auth, "--output", "-");
        Assert.True(run.ExitCode == 0, run.ToString());

        var result = await ScaffoldCompilation.CompileAsync(
            run.Out, Path.GetFileName(file), await File.ReadAllTextAsync(Corpus.PathOf(file), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        Assert.True(result.Diagnostics.IsEmpty && result.AnalyzerExceptions.Count == 0, result.Describe() + "\n\n" + run.Out);
        Assert.True(result.PieceBindingNotes.Length <= 1, string.Join("\n", result.PieceBindingNotes));

        // Zero diagnostics must not come from a generator that skipped the record: its partial half is there.
        Assert.Contains(result.Compilation.SyntaxTrees, tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_corpus_holds_the_reference_pieces_and_the_npm_pieces()
    {
        var files = Corpus.Files;
        Assert.Equal(
            ["reference/deepseek.piece.json", "reference/mistral-ai.piece.json", "reference/mysql.piece.json", "reference/pdfcrowd.piece.json", "reference/square.piece.json"],
            files.Where(f => f.StartsWith("reference/", StringComparison.Ordinal)));
        Assert.True(files.Count(f => f.StartsWith("npm/", StringComparison.Ordinal)) >= 40, string.Join(", ", files));
        Assert.All(files, f => Assert.NotEmpty(Corpus.Read(f).Auths));
    }
}
