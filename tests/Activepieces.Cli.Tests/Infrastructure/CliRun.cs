using Activepieces.Cli.CommandLine;
using Activepieces.TestSupport;

namespace Activepieces.Cli.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of <c>dotnet activepieces</c>.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <paramref name="args"/> in <paramref name="workingDirectory"/> with only the given environment variables.</summary>
    public static Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? variables, params string[] args) =>
        RunAsync(workingDirectory, variables, terminal: false, args);

    /// <summary>
    /// Runs <paramref name="args"/> with stdout and stderr taken for terminals (<paramref name="terminal"/>) or for
    /// redirected streams, as CI and scripts have them.
    /// </summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? variables, bool terminal, params string[] args)
    {
        // The library pipeline's retries wait on this clock, which moves only while the command waits for one of them:
        // a retried failure costs no real time, and a request in flight is never cut off by a timeout.
        var clock = new VirtualClock();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(
            output,
            error,
            name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            workingDirectory)
        {
            OutIsTerminal = terminal,
            ErrorIsTerminal = terminal,
            Time = clock,
        };
        var cancellationToken = TestContext.Current.CancellationToken;
        var exitCode = await clock.RunAsync(() => CliApplication.RunAsync(args, environment, cancellationToken), cancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs in <paramref name="workingDirectory"/> with no environment variables.</summary>
    public static Task<CliRun> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    /// <summary>The stderr lines.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <inheritdoc/>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
