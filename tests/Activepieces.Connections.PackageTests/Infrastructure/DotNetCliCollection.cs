namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>
/// The AOT tests publish the same source projects in Release that the package tests pack: both collections run alone
/// (<c>DisableParallelization</c>), one after the other, so they neither share obj/ folders concurrently nor fight over
/// the CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotNetCliCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "dotnet CLI";
}
