namespace Activepieces.Cli.CommandLine;

/// <summary>
/// A failure the user can act on. Its message is printed as one line on stderr, without a stack trace, and the process
/// exits with <see cref="ExitCode"/>. The message must never contain an API key or a connection value.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message, Exception? innerException = null, int exitCode = ExitCodes.Error)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
