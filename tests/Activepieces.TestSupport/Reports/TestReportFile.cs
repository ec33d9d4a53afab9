namespace Activepieces.TestSupport;

/// <summary>
/// Writes figures of a test to the xunit output, to stdout and to <c>artifacts/test-reports/{name}.txt</c>, which
/// <c>.ci/run</c> prints after the tests (a passing test's output is otherwise not shown by <c>dotnet test</c>).
/// </summary>
public static class TestReportFile
{
    private static readonly Lock FileLock = new();

    /// <summary>Appends <paramref name="lines"/> to the report <paramref name="name"/> (never pass secrets: reports are logged).</summary>
    /// <param name="name">The report's file name without <c>.txt</c>, e.g. <c>resilience-chaos</c>.</param>
    /// <param name="lines">The lines.</param>
    public static void Write(string name, params IEnumerable<string> lines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(lines);
        var text = string.Join(Environment.NewLine, lines) + Environment.NewLine;
        Xunit.TestContext.Current.TestOutputHelper?.Write(text);
        Console.Out.Write(text);
        var reports = RepositoryRoot.Combine("artifacts/test-reports");
        lock (FileLock)
        {
            Directory.CreateDirectory(reports);
            File.AppendAllText(Path.Combine(reports, name + ".txt"), text);
        }
    }
}
