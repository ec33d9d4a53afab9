namespace Activepieces.Cli.CommandLine;

/// <summary>Paths as the user should read them: relative to the working directory when inside it.</summary>
internal static class DisplayPath
{
    public static string Of(CliEnvironment environment, string fullPath)
    {
        var relative = Path.GetRelativePath(environment.WorkingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
