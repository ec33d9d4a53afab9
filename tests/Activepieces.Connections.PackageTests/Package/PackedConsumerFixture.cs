using System.Globalization;
using Activepieces.Connections.PackageTests.Infrastructure;

namespace Activepieces.Connections.PackageTests.Package;

/// <summary>
/// Packs Activepieces.Connections once (a unique <c>0.0.0-test.*</c> version into a temporary folder feed) and builds two
/// fresh consumer projects against it with an isolated NuGet packages folder: the clean consumer
/// (<c>TestAssets/Consumer</c>) and a copy with <c>TestAssets/WrongRecords.cs</c> added.
/// </summary>
public sealed class PackedConsumerFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _workspace = new("apc-package");

    /// <summary>The version the package was packed with.</summary>
    public string Version { get; } = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The folder feed the package was packed into.</summary>
    public string Feed => _workspace.Combine("feed");

    /// <summary>The <c>.nupkg</c>.</summary>
    public string PackagePath => Path.Combine(Feed, $"Activepieces.Connections.{Version}.nupkg");

    /// <summary>The <c>.snupkg</c>.</summary>
    public string SymbolPackagePath => Path.Combine(Feed, $"Activepieces.Connections.{Version}.snupkg");

    /// <summary>The <c>dotnet pack</c> run.</summary>
    internal CommandResult Pack { get; private set; } = null!;

    /// <summary>The build of the clean consumer.</summary>
    internal CommandResult CleanConsumerBuild { get; private set; } = null!;

    /// <summary>The build of the consumer with the wrong records.</summary>
    internal CommandResult WrongConsumerBuild { get; private set; } = null!;

    /// <summary>The build of the consumer with the wrong records and <c>ActivepiecesIncludePieceMetadata=false</c>.</summary>
    internal CommandResult WrongConsumerWithoutMetadataBuild { get; private set; } = null!;

    /// <summary>The build of the clean consumer claiming an older compiler (<c>CompilerApiVersion=roslyn4.7</c>).</summary>
    internal CommandResult OldCompilerBuild { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Pack = await DotNetCli.RunAsync(
            RepositoryPaths.Root,
            [
                "pack", RepositoryPaths.InRepository("src/Activepieces.Connections/Activepieces.Connections.csproj"),
                "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false",
            ],
            new Dictionary<string, string>(),
            cancellationToken);
        if (Pack.ExitCode != 0)
        {
            throw new InvalidOperationException(Pack.Describe());
        }

        WriteNuGetConfig();
        var clean = _workspace.CopyFolder(Path.Combine(RepositoryPaths.TestAssets, "Consumer"), "clean");
        var wrong = _workspace.CopyFolder(Path.Combine(RepositoryPaths.TestAssets, "Consumer"), "wrong");
        var oldCompiler = _workspace.CopyFolder(Path.Combine(RepositoryPaths.TestAssets, "Consumer"), "old-compiler");
        var optedOut = _workspace.CopyFolder(Path.Combine(RepositoryPaths.TestAssets, "Consumer"), "wrong-without-metadata");
        File.Copy(Path.Combine(RepositoryPaths.TestAssets, "WrongRecords.cs"), Path.Combine(wrong, "WrongRecords.cs"));
        File.Copy(Path.Combine(RepositoryPaths.TestAssets, "WrongRecords.cs"), Path.Combine(optedOut, "WrongRecords.cs"));

        CleanConsumerBuild = await BuildAsync(clean, [], cancellationToken);
        WrongConsumerBuild = await BuildAsync(wrong, [], cancellationToken);
        WrongConsumerWithoutMetadataBuild = await BuildAsync(optedOut, ["-p:ActivepiecesIncludePieceMetadata=false"], cancellationToken);

        // What the Roslyn targets of a compiler older than the package's only analyzer slot report; NuGet then drops the slot.
        OldCompilerBuild = await BuildAsync(oldCompiler, ["-p:CompilerApiVersion=roslyn4.7"], cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _workspace.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<CommandResult> BuildAsync(string projectDirectory, string[] extraArguments, CancellationToken cancellationToken) =>
        DotNetCli.RunAsync(
            projectDirectory,
            [
                "build", Path.Combine(projectDirectory, "Consumer.csproj"), "-p:ActivepiecesPackageVersion=" + Version,
                "-nodeReuse:false", "-tl:off", "-v:minimal", .. extraArguments,
            ],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = _workspace.Combine("packages") },
            cancellationToken);

    /// <summary>
    /// Only the temporary feed and nuget.org (for the Microsoft.Extensions.* dependencies); the machine's packages
    /// folder, when there is one, is a local source as well so that nothing needs downloading again.
    /// </summary>
    private void WriteNuGetConfig()
    {
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var machineSource = Directory.Exists(machinePackages)
            ? $"""    <add key="machine-packages" value="{machinePackages}" />{Environment.NewLine}"""
            : string.Empty;
        File.WriteAllText(
            _workspace.Combine("nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="test-feed" value="{Feed}" />
            {machineSource}    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }
}
