using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.PieceBuild;

/// <summary>
/// Reads a piece's metadata from its own build, the way the real pieces on npm expose it: node loads the package,
/// finds the exported <c>Piece</c> and calls <c>metadata()</c>. The package is a folder with its <c>package.json</c>
/// (whose <c>main</c> is the built module) or a packed <c>.tgz</c> (<c>npm pack</c>); name and version come from the
/// <c>package.json</c>, as the server takes them when a piece is published.
/// </summary>
internal static class PieceBuildReader
{
    private const string ScriptResource = "Activepieces.Cli.PieceBuild.load-piece-metadata.js";

    /// <summary>How long node may take to load a piece.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Loads the piece of <paramref name="from"/> (the export <paramref name="exportName"/> when given).</summary>
    /// <exception cref="CliException">node is missing, the path is not a package, or it exports no piece or several.</exception>
    public static async Task<PieceMetadata> ReadAsync(CliEnvironment environment, string from, string? exportName, CancellationToken cancellationToken)
    {
        var path = environment.ResolvePath(from);
        if (File.Exists(path) && (path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)))
        {
            var extracted = Directory.CreateTempSubdirectory("activepieces-piece-");
            try
            {
                await ExtractAsync(path, extracted.FullName, cancellationToken).ConfigureAwait(false);
                return await LoadAsync(environment, from, Path.Combine(extracted.FullName, "package"), exportName, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                extracted.Delete(recursive: true);
            }
        }

        if (!Directory.Exists(path) || !File.Exists(Path.Combine(path, "package.json")))
        {
            throw new CliException($"{from}: not a piece package: give the folder with the piece's package.json (built) or the .tgz of npm pack.");
        }

        return await LoadAsync(environment, from, path, exportName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>node</c> executable on the PATH of <paramref name="environment"/>, or null.</summary>
    public static string? FindNode(CliEnvironment environment)
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe", "node.cmd" } : ["node"];
        foreach (var directory in (environment.GetVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static async Task ExtractAsync(string archive, string destination, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(archive);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await TarFile.ExtractToDirectoryAsync(gzip, destination, overwriteFiles: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{archive}: not a .tgz package ({exception.Message}).", exception);
        }
    }

    private static async Task<PieceMetadata> LoadAsync(CliEnvironment environment, string from, string folder, string? exportName, CancellationToken cancellationToken)
    {
        var node = FindNode(environment)
            ?? throw new CliException("node is not installed or not on the PATH: pieces pull --from runs node (Node.js 20+) to load the piece's build. Install Node.js and run again.");
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add("-");
        start.ArgumentList.Add(folder);
        if (!string.IsNullOrEmpty(exportName))
        {
            start.ArgumentList.Add(exportName);
        }

        string output;
        string errors;
        int exitCode;
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.StandardInput.WriteAsync(ReadScript().AsMemory(), timeout.Token).ConfigureAwait(false);
                process.StandardInput.Close();
                var outputTask = process.StandardOutput.ReadToEndAsync(timeout.Token);
                var errorTask = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                output = await outputTask.ConfigureAwait(false);
                errors = await errorTask.ConfigureAwait(false);
                exitCode = process.ExitCode;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new CliException($"{from}: node did not load the piece within {Timeout.TotalSeconds:0} s.");
            }
        }
        catch (Win32Exception exception)
        {
            throw new CliException($"node ({node}) could not be started: {exception.Message}.", exception);
        }

        // A piece may log while it loads: the answer is the script's last line.
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exitCode != 0 || line is null)
        {
            var reason = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {exitCode}";
            throw new CliException($"{from}: node failed to load the piece ({reason}).");
        }

        return Interpret(from, line, exportName);
    }

    private static PieceMetadata Interpret(string from, string line, string? exportName)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error))
        {
            var detail = root.GetProperty("message").GetString() ?? string.Empty;
            var choices = root.TryGetProperty("exports", out var exports) && exports.GetArrayLength() > 0
                ? " Pieces exported: " + string.Join(", ", exports.EnumerateArray().Select(item => item.GetString())) + "."
                : string.Empty;
            throw new CliException(error.GetString() switch
            {
                "NO_PACKAGE_JSON" => $"{from}: package.json cannot be read ({detail}).",
                "LOAD_FAILED" => $"{from}: node could not load the package ({detail}). Build the piece first (e.g. npm ci && npm run build).",
                "NO_PIECE" => $"{from}: the package exports no Piece (an object with metadata(), actions() and triggers(), as createPiece returns); its exports: {(detail.Length == 0 ? "none" : detail)}.",
                "MANY_PIECES" => $"{from}: the package exports more than one Piece ({detail}); choose one with --export NAME.",
                "EXPORT_NOT_FOUND" => $"{from}: the package has no export '{exportName}'.{choices}",
                "EXPORT_NOT_PIECE" => $"{from}: the export '{exportName}' is not a Piece.{choices}",
                _ => $"{from}: {detail}",
            });
        }

        var metadata = root.GetProperty("metadata");
        var name = root.TryGetProperty("name", out var nameValue) ? nameValue.GetString() : null;
        var version = root.TryGetProperty("version", out var versionValue) ? versionValue.GetString() : null;
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(version))
        {
            throw new CliException($"{from}: package.json has no name or no version; the server names a piece by both.");
        }

        return new PieceMetadata
        {
            Name = name,
            Version = version,
            DisplayName = metadata.TryGetProperty("displayName", out var displayName) ? displayName.GetString() : null,
            Description = metadata.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String ? description.GetString() : null,
            Auth = metadata.TryGetProperty("auth", out var auth) ? auth.Clone() : null,
        };
    }

    private static string ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException("The node script of pull --from is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
