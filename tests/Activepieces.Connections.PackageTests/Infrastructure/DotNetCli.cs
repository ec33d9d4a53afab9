using System.Diagnostics;
using System.Text;

namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI (or a published binary) as a child process with a clean MSBuild environment: the variables
/// the test host inherits from <c>dotnet test</c> (MSBuild paths, node reuse) would otherwise leak into the child build.
/// </summary>
internal static class DotNetCli
{
    /// <summary>Runs <c>dotnet</c> with the arguments.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="arguments">The arguments, one per element (no shell quoting).</param>
    /// <param name="environment">Extra environment variables (for example <c>NUGET_PACKAGES</c>).</param>
    /// <param name="timeout">Kills the process tree and fails after this long.</param>
    /// <param name="cancellationToken">Cancels the run (the process tree is killed).</param>
    /// <returns>The exit code and output.</returns>
    public static Task<CommandResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken) =>
        RunProcessAsync("dotnet", workingDirectory, arguments, environment, timeout, cancellationToken);

    /// <summary>Runs an executable (for example a Native AOT binary) with the arguments.</summary>
    /// <param name="fileName">The executable.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="arguments">The arguments, one per element.</param>
    /// <param name="environment">Extra environment variables; secrets go here, never into arguments.</param>
    /// <param name="timeout">Kills the process tree and fails after this long.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code and output.</returns>
    public static async Task<CommandResult> RunProcessAsync(
        string fileName,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var description = Path.GetFileName(fileName) + " " + string.Join(' ', arguments);
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in startInfo.Environment.Keys.Where(IsInheritedBuildVariable).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{description} did not finish within {timeout}. Output so far:{Environment.NewLine}{Snapshot(output)}");
        }

        // WaitForExitAsync also waits for the redirected streams to reach end of file.
        return new CommandResult(description, process.ExitCode, Snapshot(output));
    }

    private static bool IsInheritedBuildVariable(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
