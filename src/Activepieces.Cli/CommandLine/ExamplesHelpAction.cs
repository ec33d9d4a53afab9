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
        var result = _standardHelp.Invoke(parseResult);
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
}
