using System.Formats.Tar;
using System.IO.Compression;
using Activepieces.Emulator;
using Activepieces.PieceSide.Tests.Infrastructure;

namespace Activepieces.PieceSide.Tests.Pulling;

/// <summary>
/// <c>pieces pull --from</c> writes, from a piece's own build, the file that <c>pieces pull</c> writes from an instance
/// serving that piece's metadata (the emulator's <c>GET /api/v1/pieces/{name}</c>, loaded with the metadata an instance
/// answered): for the sample piece and for three real pieces installed from npm.
/// </summary>
public sealed class PullFromBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("piece-side-pull-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string> Pieces => new()
    {
        // piece name, its build, the metadata an instance serves for it
        { "gelato", PieceSidePaths.SamplePiece, Path.Combine(PieceSidePaths.Backend, "pieces", "gelato.piece.json") },
        { "mysql", Path.Combine(PieceSidePaths.NpmPieces, "piece-mysql"), PieceSidePaths.ReferencePiece("mysql") },
        { "deepseek", Path.Combine(PieceSidePaths.NpmPieces, "piece-deepseek"), PieceSidePaths.ReferencePiece("deepseek") },
        { "pdfcrowd", Path.Combine(PieceSidePaths.NpmPieces, "piece-pdfcrowd"), PieceSidePaths.ReferencePiece("pdfcrowd") },
    };

    [Theory]
    [MemberData(nameof(Pieces))]
    public async Task The_file_from_the_build_equals_the_file_from_an_instance_serving_the_piece(string piece, string build, string served)
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPieceFile(served), TestContext.Current.CancellationToken);

        var fromInstance = await CliRunner.RunAsync(_folder, ["pieces", "pull", piece, "--output", "instance", "--instance", emulator.BaseUrl.ToString()]);
        var fromBuild = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", build, "--output", "build"]);

        Assert.True(fromInstance.ExitCode == 0, fromInstance.Error);
        Assert.True(fromBuild.ExitCode == 0, fromBuild.Error);
        var expected = await File.ReadAllTextAsync(Path.Combine(_folder, "instance", piece + ".piece.json"), TestContext.Current.CancellationToken);
        var actual = await File.ReadAllTextAsync(Path.Combine(_folder, "build", piece + ".piece.json"), TestContext.Current.CancellationToken);
        Assert.Equal(expected, actual);
        Assert.Contains("\"auth\"", actual, StringComparison.Ordinal);
        Assert.Equal(fromInstance.Out.Replace("instance", "build", StringComparison.Ordinal), fromBuild.Out);
    }

    [Fact]
    public async Task A_packed_piece_reads_like_its_folder()
    {
        var staging = Path.Combine(_folder, "staging");
        CopyDirectory(Path.Combine(PieceSidePaths.NpmPieces, "piece-pdfcrowd"), Path.Combine(staging, "package"));
        var archive = Path.Combine(_folder, "activepieces-piece-pdfcrowd-0.2.0.tgz");
        await using (var file = File.Create(archive))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await TarFile.CreateFromDirectoryAsync(Path.Combine(staging, "package"), gzip, includeBaseDirectory: true, TestContext.Current.CancellationToken);
        }

        var packed = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", archive, "--output", "packed"]);
        var folder = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", Path.Combine(staging, "package"), "--output", "folder"]);

        Assert.True(packed.ExitCode == 0, packed.Error);
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(_folder, "folder", "pdfcrowd.piece.json"), TestContext.Current.CancellationToken),
            await File.ReadAllTextAsync(Path.Combine(_folder, "packed", "pdfcrowd.piece.json"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Without_node_on_the_path_the_error_says_so()
    {
        var result = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", PieceSidePaths.SamplePiece], "PATH");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: node is not installed or not on the PATH: pieces pull --from runs node (Node.js 20+) to load the piece's build. Install Node.js and run again." + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task A_package_without_a_piece_export_is_named_with_its_exports()
    {
        var package = await PackageAsync("module.exports = { helper: () => 1, version: '1' };");

        var result = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", package]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the package exports no Piece", result.Error, StringComparison.Ordinal);
        Assert.Contains("its exports: helper, version.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_with_two_pieces_needs_export_and_then_pulls_the_chosen_one()
    {
        var package = await PackageAsync($$"""
            const real = require('{{Path.Combine(PieceSidePaths.NpmPieces, "piece-mysql").Replace("\\", "/", StringComparison.Ordinal)}}').mysql;
            module.exports = { mysql: real, copy: real };
            """);

        var ambiguous = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", package]);
        var chosen = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", package, "--export", "copy"]);
        var unknown = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", package, "--export", "nope"]);

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("the package exports more than one Piece (copy, mysql); choose one with --export NAME.", ambiguous.Error, StringComparison.Ordinal);
        Assert.True(chosen.ExitCode == 0, chosen.Error);
        Assert.StartsWith("Pulled @acme/piece-two 1.2.3 (auth: CUSTOM_AUTH) -> ", chosen.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "pieces", "two.piece.json")));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("the package has no export 'nope'. Pieces exported: copy, mysql.", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unbuilt_package_is_an_error_that_says_to_build_it()
    {
        var package = Path.Combine(_folder, "unbuilt");
        Directory.CreateDirectory(package);
        await File.WriteAllTextAsync(Path.Combine(package, "package.json"), """{"name":"@acme/piece-unbuilt","version":"0.0.1","main":"dist/index.js"}""", TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync(_folder, ["pieces", "pull", "--from", package]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("node could not load the package (Cannot find module", result.Error, StringComparison.Ordinal);
        Assert.Contains("Build the piece first", result.Error, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(destination, Path.GetFileName(directory)));
        }
    }

    private async Task<string> PackageAsync(string index)
    {
        var package = Path.Combine(_folder, "package");
        Directory.CreateDirectory(package);
        await File.WriteAllTextAsync(Path.Combine(package, "package.json"), """{"name":"@acme/piece-two","version":"1.2.3","main":"index.js"}""", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(package, "index.js"), index, TestContext.Current.CancellationToken);
        return package;
    }
}
