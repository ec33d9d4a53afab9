using Spectre.Console;

namespace Activepieces.Cli.Output;

/// <summary>The two Spectre consoles the tool renders through: one for a terminal, one for plain text.</summary>
internal static class SpectreConsoles
{
    /// <summary>
    /// Plain text only: no ANSI sequences, no colours, and no line width, so that a wide cell is never wrapped or cut
    /// (a redirected stream has no width; scripts and CI logs read whole lines).
    /// </summary>
    public static IAnsiConsole PlainText(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = int.MaxValue / 2;
        return console;
    }

    /// <summary>A terminal: colours, Unicode borders and live progress, with the width and capabilities Spectre detects.</summary>
    public static IAnsiConsole Terminal(TextWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(output),
    });
}
