namespace Activepieces.Benchmarks.Infrastructure;

/// <summary>The measured job of a benchmark class.</summary>
public enum SuiteJobKind
{
    /// <summary>Nanosecond to microsecond operations: 3 warmup and 10 measured iterations.</summary>
    Standard,

    /// <summary>
    /// Nanosecond operations whose speed differs from one process to the next (JIT and tiering decisions: the
    /// reflection serializer measured 620 ns in one process and 1,100 ns in another): 3 launches of 3 warmup and 10
    /// measured iterations, summarized over all launches.
    /// </summary>
    ThreeLaunches,

    /// <summary>Whole generator runs (up to seconds each): 2 warmup and 15 measured iterations of one invocation.</summary>
    Heavy,
}
