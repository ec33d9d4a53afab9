using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions, implemented without a package dependency.
/// <list type="bullet">
/// <item>The expected text lives beside the test source as <c>{TestClass}.{TestMethod}#{HintName}.verified.cs</c>
/// (the hint name without <c>.cs</c>), starting with a <c>//HintName: …</c> line.</item>
/// <item>The generator version in <c>[GeneratedCode]</c> is scrubbed to <c>VERSION</c>; line endings are <c>\n</c>.</item>
/// <item>On a mismatch (or a missing file) the actual text is written to <c>….received.cs</c> next to it (git-ignored)
/// and the assertion fails with a unified diff.</item>
/// <item>To accept the current output, run the tests with the environment variable <c>VERIFY_ACCEPT=true</c>: the
/// verified files are (re)written and the assertions pass. Review the diff in git before committing.</item>
/// </list>
/// </summary>
internal static partial class SnapshotAssert
{
    /// <summary>Compares the generated source <paramref name="source"/> of hint <paramref name="hintName"/> with its verified file.</summary>
    public static void Matches(
        string hintName,
        string source,
        string testClass,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFilePath = "")
    {
        var directory = Path.GetDirectoryName(testFilePath)!;
        var stem = $"{testClass}.{testMethod}#{StripExtension(hintName)}";
        var verifiedPath = Path.Combine(directory, stem + ".verified.cs");
        var receivedPath = Path.Combine(directory, stem + ".received.cs");
        var actual = Normalize($"//HintName: {hintName}\n{source}");

        if (string.Equals(Environment.GetEnvironmentVariable("VERIFY_ACCEPT"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var message = expected is null
            ? $"No verified snapshot {Path.GetFileName(verifiedPath)}; the output was written to {Path.GetFileName(receivedPath)}. Run with VERIFY_ACCEPT=true to accept it."
            : $"Snapshot mismatch; the output was written to {Path.GetFileName(receivedPath)} (VERIFY_ACCEPT=true accepts it):\n"
              + UnifiedDiff.Create(expected, actual, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath));
        Assert.Fail(message);
    }

    private static string StripExtension(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;

    private static string Normalize(string text) =>
        GeneratedCodeVersion().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "GeneratedCode(\"Activepieces.Connections.Generators\", \"VERSION\")");

    [GeneratedRegex("GeneratedCode\\(\"Activepieces\\.Connections\\.Generators\", \"[^\"]*\"\\)")]
    private static partial Regex GeneratedCodeVersion();
}
