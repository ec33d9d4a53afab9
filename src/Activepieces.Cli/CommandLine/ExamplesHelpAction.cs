using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Activepieces.Cli.CommandLine;

/// <summary>
/// Prints the standard help, then the examples of the command asked about: an <see cref="ExampleCommand"/>'s own, or
/// the root's.
/// </summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _standardHelp;
    private readonly IReadOnlyList<string> _rootExamples;

    public ExamplesHelpAction(HelpAction standardHelp, IReadOnlyList<string> rootExamples)
    {
        _standardHelp = standardHelp;
        _rootExamples = rootExamples;
    }

    public override int Invoke(ParseResult parseResult)
    {
        // The standard help names the executable (dotnet-activepieces); users type "dotnet activepieces".
        var configuration = parseResult.InvocationConfiguration;
        var standardOutput = configuration.Output;
        using var buffer = new StringWriter();
        configuration.Output = buffer;
        int result;
        try
        {
            result = _standardHelp.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = standardOutput;
        }

        standardOutput.Write(WithDisplayName(buffer.ToString(), parseResult.RootCommandResult.Command.Name));
        var examples = parseResult.CommandResult.Command switch
        {
            ExampleCommand command => command.Examples,
            RootCommand => _rootExamples,
            _ => [],
        };
        if (examples.Count > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return result;
    }

    /// <summary>The help with the usage lines' executable name replaced by <see cref="CliApplication.DisplayName"/>.</summary>
    internal static string WithDisplayName(string help, string executableName)
    {
        var lines = help.Split('\n');
        var usage = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                usage = false;
            }
            else if (line == "Usage:")
            {
                usage = true;
            }
            else if (usage && line.StartsWith("  " + executableName, StringComparison.Ordinal)
                && (line.Length == executableName.Length + 2 || line[executableName.Length + 2] == ' '))
            {
                lines[i] = "  " + CliApplication.DisplayName + lines[i][(executableName.Length + 2)..];
            }
        }

        return string.Join('\n', lines);
    }
}
