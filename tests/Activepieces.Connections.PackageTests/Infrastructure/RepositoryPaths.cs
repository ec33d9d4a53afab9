using Activepieces.TestSupport;

namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>Locations the tests build from.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root (<see cref="RepositoryRoot"/>).</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>The test assets copied next to the test binaries (<c>TestAssets/</c>).</summary>
    public static string TestAssets { get; } = Path.Combine(AppContext.BaseDirectory, "TestAssets");

    /// <summary>A path under the repository root.</summary>
    /// <param name="relativePath">The path relative to the root, with forward slashes.</param>
    /// <returns>The full path.</returns>
    public static string InRepository(string relativePath) => RepositoryRoot.Combine(relativePath);
}
