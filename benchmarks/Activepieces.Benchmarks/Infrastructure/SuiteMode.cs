namespace Activepieces.Benchmarks.Infrastructure;

/// <summary>How the suite runs: measured (the published numbers) or quick (every benchmark once, a smoke test).</summary>
public static class SuiteMode
{
    /// <summary>
    /// True for <c>--quick</c>: every benchmark runs once in-process with a dry job. Set by <see cref="Program"/> before
    /// BenchmarkDotNet reads the benchmark attributes.
    /// </summary>
    public static bool IsQuick { get; set; }
}
