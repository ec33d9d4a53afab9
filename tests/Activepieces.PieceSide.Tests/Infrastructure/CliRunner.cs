using Activepieces.Cli.CommandLine;

namespace Activepieces.PieceSide.Tests.Infrastructure;

/// <summary>Runs <c>dotnet activepieces</c> in process, with its output captured.</summary>
internal static class CliRunner
{
    /// <summary>The exit code and what the command wrote to stdout and stderr.</summary>
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>Runs <paramref name="args"/> in <paramref name="workingDirectory"/> with the process's environment, less <paramref name="withoutVariables"/>.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, string[] args, params string[] withoutVariables)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(
            output,
            error,
            name => withoutVariables.Contains(name, StringComparer.Ordinal) ? null : Environment.GetEnvironmentVariable(name),
            workingDirectory);
        var exitCode = await CliApplication.RunAsync(args, environment, TestContext.Current.CancellationToken);
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
