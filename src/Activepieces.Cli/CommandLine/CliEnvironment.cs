namespace Activepieces.Cli.CommandLine;

/// <summary>
/// What a command reads from and writes to outside its arguments: the output writers, environment variables, the
/// working directory and the clock. Tests pass their own so that nothing depends on the process state.
/// </summary>
/// <param name="Out">Results (tables, JSON, written file names).</param>
/// <param name="Error">Errors and progress that must not mix with results.</param>
/// <param name="GetVariable">Reads an environment variable; null when unset.</param>
/// <param name="WorkingDirectory">The directory relative paths start from.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable, string WorkingDirectory)
{
    /// <summary>Whether <see cref="Out"/> is a terminal: tables are then drawn with borders. Otherwise they are plain text.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Whether <see cref="Error"/> is a terminal: long work then shows its progress there. Otherwise nothing is shown.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>
    /// The clock of the library clients' resilience pipeline (timeouts, retry backoff, <c>Retry-After</c> waits, circuit).
    /// Default: <see cref="TimeProvider.System"/>; tests pass a fake one, so retries cost no waiting.
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The process's console, environment and current directory.</summary>
    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory())
        {
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };

    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
