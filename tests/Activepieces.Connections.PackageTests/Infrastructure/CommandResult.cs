using System.Text.RegularExpressions;

namespace Activepieces.Connections.PackageTests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> CLI run: exit code and the interleaved standard output and error.</summary>
/// <param name="Description">The command, for assertion messages (never holds secrets: they go through the environment).</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Standard output and standard error, in the order they arrived.</param>
internal sealed partial record CommandResult(string Description, int ExitCode, string Output)
{
    private const int TailLength = 6000;

    /// <summary>The distinct diagnostic ids of the given severity (<c>warning</c> or <c>error</c>) in MSBuild's output format.</summary>
    /// <param name="severity"><c>warning</c> or <c>error</c>.</param>
    /// <returns>For example <c>APC011</c>, <c>CS8032</c>, <c>IL2026</c>, sorted.</returns>
    public IReadOnlyList<string> DiagnosticIds(string severity) =>
        DiagnosticPattern().Matches(Output)
            .Where(match => match.Groups["severity"].Value == severity)
            .Select(match => match.Groups["id"].Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The lines of the output that contain the diagnostic id.</summary>
    /// <param name="id">For example <c>APC013</c>.</param>
    /// <returns>The distinct matching lines.</returns>
    public IReadOnlyList<string> LinesWith(string id) =>
        Output.Split('\n').Where(line => line.Contains(id, StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();

    /// <summary>The command, exit code and the end of the output, for assertion messages.</summary>
    /// <returns>A multi-line description.</returns>
    public string Describe() =>
        $"{Description} exited with {ExitCode}. Output (end):{Environment.NewLine}" +
        (Output.Length <= TailLength ? Output : "…" + Output[^TailLength..]);

    /// <inheritdoc />
    public override string ToString() => $"{Description} → {ExitCode}";

    [GeneratedRegex(@"\b(?<severity>warning|error)\s+(?<id>[A-Z]{2,}[0-9]{3,5})\s*:")]
    private static partial Regex DiagnosticPattern();
}
