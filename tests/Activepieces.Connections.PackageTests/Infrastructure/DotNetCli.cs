using Activepieces.TestSupport;

namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI (or a published binary) as a <see cref="ChildProcess"/> with a clean MSBuild environment: the variables
/// the test host inherits from <c>dotnet test</c> (MSBuild paths, node reuse) would otherwise leak into the child build.
/// </summary>
internal static class DotNetCli
{
    /// <summary>Runs <c>dotnet</c> with the arguments.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="arguments">The arguments, one per element (no shell quoting).</param>
    /// <param name="environment">Extra environment variables (for example <c>NUGET_PACKAGES</c>).</param>
    /// <param name="cancellationToken">Cancels the run (the process tree is killed).</param>
    /// <returns>The exit code and output.</returns>
    public static Task<CommandResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken) =>
        RunProcessAsync("dotnet", workingDirectory, arguments, environment, cancellationToken);

    /// <summary>Runs an executable (for example a Native AOT binary) with the arguments.</summary>
    /// <param name="fileName">The executable.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="arguments">The arguments, one per element.</param>
    /// <param name="environment">Extra environment variables; secrets go here, never into arguments.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code and output.</returns>
    public static async Task<CommandResult> RunProcessAsync(
        string fileName,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken)
    {
        var description = Path.GetFileName(fileName) + " " + string.Join(' ', arguments);
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(IsInheritedBuildVariable))
        {
            variables.TryAdd(name, null);
        }

        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        // No wall-clock limit of its own: a step that hangs is caught by the test platform's hang timeout (the
        // project's TestHangTimeout), which names the test; a loaded machine only makes a step slower, never failing.
        await using var process = ChildProcess.Start(fileName, arguments, workingDirectory, variables);
        var exitCode = await process.WaitForExitAsync(cancellationToken);
        return new CommandResult(description, exitCode, string.Join(Environment.NewLine, process.Output));
    }

    private static bool IsInheritedBuildVariable(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase);
}
