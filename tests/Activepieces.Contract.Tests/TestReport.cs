namespace Activepieces.Contract.Tests;

/// <summary>Writes a line both to the xunit test output and to stdout, so it shows in <c>dotnet test</c>'s output.</summary>
internal static class TestReport
{
    /// <summary>Writes <paramref name="line"/> (never pass secrets: test output is logged).</summary>
    public static void WriteLine(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.Out.WriteLine(line);
    }
}
