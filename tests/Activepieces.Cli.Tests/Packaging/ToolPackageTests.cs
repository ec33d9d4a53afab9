using System.Diagnostics;

namespace Activepieces.Cli.Tests.Packaging;

/// <summary>
/// The tool as users get it: packed to a local feed, installed into a local tool manifest, run as
/// <c>dotnet activepieces</c>. One test (it packs and restores once), in the "Package" category.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    [Trait("Category", "Package")]
    public async Task The_packed_tool_installs_from_a_local_feed_and_runs_as_dotnet_activepieces()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Path.Combine(Path.GetTempPath(), "ap-cli-package-" + Guid.NewGuid().ToString("N")[..12]);
        var feed = Path.Combine(root, "feed");
        var work = Path.Combine(root, "work");
        Directory.CreateDirectory(work);
        var environment = new Dictionary<string, string>
        {
            // A private package cache and CLI home: neither a stale Activepieces.Cli package nor the muxer's tool
            // resolver cache (which remembers the package path of an earlier run's deleted folder) may be picked up.
            ["NUGET_PACKAGES"] = Path.Combine(root, "packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(root, "home"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        try
        {
            var project = Path.Combine(RepositoryRoot(), "src", "Activepieces.Cli", "Activepieces.Cli.csproj");
            await RunAsync(RepositoryRoot(), ["pack", project, "-c", "Release", "-o", feed], null, ct);
            var package = Assert.Single(Directory.GetFiles(feed, "Activepieces.Cli.*.nupkg"));
            var version = Path.GetFileNameWithoutExtension(package)["Activepieces.Cli.".Length..];

            File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            await RunAsync(work, ["new", "tool-manifest"], environment, ct);
            await RunAsync(work, ["tool", "install", "Activepieces.Cli", "--version", version], environment, ct);

            var help = await RunAsync(work, ["activepieces", "--help"], environment, ct);
            var pullHelp = await RunAsync(work, ["activepieces", "pieces", "pull", "--help"], environment, ct);
            var usage = await RunAsync(work, ["activepieces", "pieces", "nonsense"], environment, ct, expectedExitCode: 2);

            // The emulator travels in the tool package: it starts (and refuses the public key beyond loopback).
            var emulatorHelp = await RunAsync(work, ["activepieces", "emulator", "--help"], environment, ct);
            var beyondLoopback = await RunAsync(work, ["activepieces", "emulator", "--urls", "http://0.0.0.0:5199"], environment, ct, expectedExitCode: 2);

            Assert.Contains("dotnet activepieces [command] [options]", help.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("dotnet-activepieces", help.Out, StringComparison.Ordinal);
            Assert.Contains("pieces", help.Out, StringComparison.Ordinal);
            Assert.Contains("Examples:", help.Out, StringComparison.Ordinal);
            Assert.Contains("dotnet activepieces pieces pull @activepieces/piece-mysql", pullHelp.Out, StringComparison.Ordinal);
            Assert.Contains("Run 'dotnet activepieces pieces --help' for usage.", usage.Error, StringComparison.Ordinal);
            Assert.Contains("--signing-key-pem", emulatorHelp.Out, StringComparison.Ordinal);
            Assert.Contains("listens beyond loopback", beyondLoopback.Error, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static async Task<(string Out, string Error)> RunAsync(
        string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken, int expectedExitCode = 0)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var result = (await output, await error);
        Assert.True(
            process.ExitCode == expectedExitCode,
            $"dotnet {string.Join(' ', arguments)} exited {process.ExitCode}\n{result.Item1}\n{result.Item2}");
        return result;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Activepieces.Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Activepieces.Generators.sln) is not above the test output.");
    }
}
