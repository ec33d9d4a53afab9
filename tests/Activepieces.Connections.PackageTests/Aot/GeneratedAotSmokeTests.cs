using System.Text.Json;
using Activepieces.Connections.PackageTests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Connections.PackageTests.Aot;

/// <summary>
/// Native AOT: tests/Activepieces.Connections.GeneratedAotSmoke (a generated [PieceAuth] record + the client) publishes
/// without a single trim/AOT warning, and the native binary provisions the connection on the emulator.
/// </summary>
[Collection(DotNetCliCollection.Name)]
public sealed class GeneratedAotSmokeTests
{
    private const string ExternalProjectId = "aot_org";
    private const string Password = "aot-smoke-password";

    [Fact]
    public async Task Native_binary_publishes_without_trim_or_AOT_warnings_and_creates_the_connection()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var output = new TemporaryDirectory("apc-aot");

        var publish = await DotNetCli.RunAsync(
            RepositoryPaths.Root,
            [
                "publish", RepositoryPaths.InRepository("tests/Activepieces.Connections.GeneratedAotSmoke/Activepieces.Connections.GeneratedAotSmoke.csproj"),
                "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output.Path,
                // Trim and AOT analysis warnings are errors, whatever the project says.
                "-p:TreatWarningsAsErrors=true", "-p:IlcTreatWarningsAsErrors=true",
                "-nodeReuse:false", "-tl:off", "-v:minimal", .. LinkerArguments(),
            ],
            new Dictionary<string, string>(),
            cancellationToken);

        Assert.True(publish.ExitCode == 0, publish.Describe());
        var trimAndAotDiagnostics = publish.DiagnosticIds("warning").Concat(publish.DiagnosticIds("error"))
            .Where(id => id.StartsWith("IL2", StringComparison.Ordinal) || id.StartsWith("IL3", StringComparison.Ordinal))
            .ToList();
        Assert.True(trimAndAotDiagnostics.Count == 0, string.Join(", ", trimAndAotDiagnostics) + Environment.NewLine + publish.Describe());

        await using var emulator = await ActivepiecesEmulator.StartAsync(
            new ActivepiecesEmulatorOptions().AddPiece("@activepieces/piece-mysql", "0.2.7"), cancellationToken);
        var run = await DotNetCli.RunProcessAsync(
            Path.Combine(output.Path, "Activepieces.Connections.GeneratedAotSmoke"),
            output.Path,
            [],
            new Dictionary<string, string>
            {
                ["ACTIVEPIECES_INSTANCE_URL"] = emulator.BaseUrl.ToString(),
                ["ACTIVEPIECES_API_KEY"] = emulator.ApiKey,
                ["ACTIVEPIECES_EXTERNAL_PROJECT_ID"] = ExternalProjectId,
            },
            cancellationToken);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.DoesNotContain(Password, run.Output, StringComparison.Ordinal);

        var project = Assert.Single(emulator.Projects, p => p.ExternalId == ExternalProjectId);
        var connection = Assert.Single(emulator.Connections);
        Assert.Equal("mysql_" + ExternalProjectId, connection.ExternalId);
        Assert.Equal("@activepieces/piece-mysql", connection.PieceName);
        Assert.Equal("CUSTOM_AUTH", connection.Type);
        Assert.Equal(new[] { project.Id }, connection.ProjectIds);
        Assert.Contains(connection.Id, run.Output, StringComparison.Ordinal);
        AssertStoredValue(connection.ValueJson);
    }

    /// <summary>The value the generated writer sent under AOT; compared without ever printing it (it holds the password).</summary>
    private static void AssertStoredValue(string valueJson)
    {
        using var value = JsonDocument.Parse(valueJson);
        var root = value.RootElement;
        Assert.Equal("CUSTOM_AUTH", root.GetProperty("type").GetString());
        var props = root.GetProperty("props");
        Assert.Equal("db.internal", props.GetProperty("host").GetString());
        Assert.Equal(3306, props.GetProperty("port").GetInt32());
        Assert.Equal("app", props.GetProperty("user").GetString());
        Assert.Equal("orders", props.GetProperty("database").GetString());
        Assert.True(props.GetProperty("password").GetString() == Password, "The stored password differs from the one the binary sent.");
    }

    /// <summary>Native AOT links with clang by default; machines without it (like this CI image) link with gcc.</summary>
    private static string[] LinkerArguments() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, "clang")))
            ? []
            : ["-p:CppCompilerAndLinker=gcc"];
}
