namespace Activepieces.TestSupport;

/// <summary>The repository the tests run from: the nearest folder above the test binaries that holds the solution file.</summary>
public static class RepositoryRoot
{
    private const string SolutionFileName = "Activepieces.Generators.sln";

    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The full path of the repository root.</summary>
    /// <exception cref="InvalidOperationException">No solution file above the test binaries.</exception>
    public static string Path => Root.Value;

    /// <summary>A path under the repository root.</summary>
    /// <param name="relativePath">The path relative to the root, with forward slashes (<c>tests/contract</c>).</param>
    /// <returns>The full path.</returns>
    public static string Combine(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar)));
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory}: the tests must run from the repository's build output.");
    }
}
