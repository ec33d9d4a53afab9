using System.CommandLine;

namespace Activepieces.Cli.CommandLine;

/// <summary>A command whose <c>--help</c> ends with usage examples (printed by <see cref="ExamplesHelpAction"/>).</summary>
internal class ExampleCommand : Command
{
    public ExampleCommand(string name, string description, params string[] examples)
        : base(name, description)
    {
        Examples = examples;
    }

    /// <summary>Complete command lines, each shown on its own line under "Examples:".</summary>
    public IReadOnlyList<string> Examples { get; }
}
