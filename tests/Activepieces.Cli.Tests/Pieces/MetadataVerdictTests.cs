using System.Text.Json;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Cli.Tests.Pieces;

/// <summary>
/// <c>pieces check</c>, <c>pieces scaffold</c> and the analyzers read <c>*.piece.json</c> with one reader, so they agree
/// on every file: the corpus, and the analyzer tests' mutations of it (invalid by construction, and arbitrary ones that
/// may stay valid). A file the analyzers report as APC015 is rejected by both commands, and no other file is.
/// </summary>
public sealed class MetadataVerdictTests
{
    private const string Rejected = "not valid piece metadata (";

    /// <summary>The corpus pieces the mutations start from, one per shape of auth.</summary>
    private static readonly string[] Mutated =
    [
        "reference/mysql.piece.json", "reference/mistral-ai.piece.json", "reference/pdfcrowd.piece.json",
        "reference/square.piece.json", "synthetic/tricky.piece.json", "npm/slack.piece.json",
    ];

    [Fact]
    public async Task Check_scaffold_and_the_analyzers_give_the_same_verdict_on_every_file()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDirectory();
        var inputs = Inputs();
        for (var i = 0; i < inputs.Count; i++)
        {
            await File.WriteAllTextAsync(dir.Combine(inputs[i].File), inputs[i].Json, ct);
        }

        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions(), ct);
        var check = await CliRun.RunAsync(dir.Path, "pieces", "check", "--dir", ".", "--json", "--instance", emulator.BaseUrl.ToString());
        using var report = JsonDocument.Parse(check.Out);
        var checkErrors = report.RootElement.GetProperty("pieces").EnumerateArray()
            .ToDictionary(p => Path.GetFileName(p.GetProperty("file").GetString()!), p => p.GetProperty("error").GetString());

        var disagreements = new List<string>();
        var rejectedCount = 0;
        foreach (var (file, _) in inputs)
        {
            // The analyzers see the file as the compiler reads it.
            var text = await File.ReadAllTextAsync(dir.Combine(file), ct);
            var compiled = await ScaffoldCompilation.CompileAsync(string.Empty, file, text, ct);
            var analyzers = compiled.Diagnostics.Any(d => d.Id == "APC015");

            var scaffold = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", file, "--output", "-");
            var scaffolded = scaffold.ExitCode != 0 && scaffold.Error.Contains(Rejected, StringComparison.Ordinal);

            Assert.True(checkErrors.TryGetValue(file, out var checkError), file + " is missing from the check report:\n" + check);
            var checkedFile = checkError is not null && checkError.Contains(Rejected, StringComparison.Ordinal);

            rejectedCount += analyzers ? 1 : 0;
            if (analyzers != scaffolded || analyzers != checkedFile)
            {
                disagreements.Add($"{file}: analyzers {Verdict(analyzers)}, scaffold {Verdict(scaffolded)}, check {Verdict(checkedFile)}\n"
                    + $"  scaffold: {scaffold.Error.Trim()}\n  check: {checkError}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));

        // Both verdicts occur: the corpus stays valid, the invalid mutations do not.
        Assert.InRange(rejectedCount, Mutated.Length * InvalidPerPiece, inputs.Count - Corpus.Files.Count);
    }

    private const int InvalidPerPiece = 12;

    private const int ArbitraryPerPiece = 8;

    private static string Verdict(bool rejected) => rejected ? "reject" : "accept";

    /// <summary>Every corpus file, then seeded mutations of a few of them; each with a unique file name.</summary>
    private static List<(string File, string Json)> Inputs()
    {
        var inputs = new List<(string File, string Json)>();
        foreach (var file in Corpus.Files)
        {
            inputs.Add(($"{inputs.Count:000}-{Path.GetFileName(file)}", File.ReadAllText(Corpus.PathOf(file))));
        }

        for (var piece = 0; piece < Mutated.Length; piece++)
        {
            var json = File.ReadAllText(Corpus.PathOf(Mutated[piece]));
            var mutator = new MetadataMutator(seed: 1600 + piece);
            for (var i = 0; i < InvalidPerPiece; i++)
            {
                var (mutated, _) = mutator.Invalid(json);
                inputs.Add(($"{inputs.Count:000}-invalid.piece.json", mutated));
            }

            for (var i = 0; i < ArbitraryPerPiece; i++)
            {
                inputs.Add(($"{inputs.Count:000}-arbitrary.piece.json", mutator.Arbitrary(json)));
            }
        }

        return inputs;
    }
}
