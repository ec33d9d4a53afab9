using Activepieces.Connections.PackageTests.Infrastructure;

namespace Activepieces.Connections.PackageTests.Package;

/// <summary>
/// The tests of the packed package: one <see cref="PackedConsumerFixture"/> (one <c>dotnet pack</c> and its consumer
/// builds) for the whole run, shared by every class of the collection. Like <see cref="DotNetCliCollection"/>, it runs
/// alone, never in parallel with the other dotnet CLI tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedConsumerFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "packed package";
}
