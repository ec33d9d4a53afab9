namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>Locations in the repository the tests build from.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFileName = "Activepieces.Generators.sln";

    /// <summary>The repository root: the nearest folder above the test binaries holding the solution file.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The test assets copied next to the test binaries (<c>TestAssets/</c>).</summary>
    public static string TestAssets { get; } = Path.Combine(AppContext.BaseDirectory, "TestAssets");

    /// <summary>A path under the repository root.</summary>
    /// <param name="relativePath">The path relative to the root, with forward slashes.</param>
    /// <returns>The full path.</returns>
    public static string InRepository(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}: the tests must run from the repository's build output.");
    }
}
