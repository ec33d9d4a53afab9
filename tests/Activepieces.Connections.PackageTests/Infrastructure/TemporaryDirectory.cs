namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>A uniquely named folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    /// <param name="prefix">The start of the folder name, for example <c>apc-package</c>.</param>
    public TemporaryDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The full path of the folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    /// <param name="relativePath">The relative path.</param>
    /// <returns>The full path.</returns>
    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Copies a folder tree into a new sub-folder.</summary>
    /// <param name="source">The folder to copy.</param>
    /// <param name="name">The sub-folder name.</param>
    /// <returns>The full path of the copy.</returns>
    public string CopyFolder(string source, string name)
    {
        var target = Combine(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the system cleans the temp folder eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
