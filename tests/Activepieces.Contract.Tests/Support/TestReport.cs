using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.Support;

/// <summary>
/// Writes a report line to the xunit test output, to stdout, and to <c>artifacts/test-reports/contract.txt</c>, which
/// <c>.ci/run</c> prints after the tests (a passing test's output is otherwise not shown by <c>dotnet test</c>).
/// </summary>
internal static class TestReport
{
    private static readonly Lock FileLock = new();

    /// <summary>Writes <paramref name="line"/> (never pass secrets: test output is logged).</summary>
    public static void WriteLine(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.Out.WriteLine(line);
        var reports = Path.GetFullPath(Path.Combine(ContractValidator.LocateContractDirectory(), "..", "..", "artifacts", "test-reports"));
        lock (FileLock)
        {
            Directory.CreateDirectory(reports);
            File.AppendAllText(Path.Combine(reports, "contract.txt"), line + Environment.NewLine);
        }
    }
}
