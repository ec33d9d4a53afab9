namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>
/// The package and AOT tests build the same source projects in Release (pack, publish): they run one after the other,
/// never in parallel with each other, so they neither share obj/ folders concurrently nor fight over the CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotNetCliCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "dotnet CLI";
}
