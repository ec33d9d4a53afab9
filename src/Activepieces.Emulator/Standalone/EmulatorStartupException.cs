namespace Activepieces.Emulator.Standalone;

/// <summary>
/// Why a standalone emulator cannot start, as one line that names the flag at fault and never a key or a file's text.
/// The hosts print it as <c>error: …</c> and exit with code 2.
/// </summary>
internal sealed class EmulatorStartupException : Exception
{
    public EmulatorStartupException()
        : this("The emulator cannot start.")
    {
    }

    public EmulatorStartupException(string message)
        : this(message, innerException: null)
    {
    }

    /// <param name="message">The reason; line breaks (from a quoted system message) are folded into spaces.</param>
    /// <param name="innerException">The failure behind it.</param>
    public EmulatorStartupException(string message, Exception? innerException)
        : base(OneLine(message), innerException)
    {
    }

    /// <summary><paramref name="message"/> on one line.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
