namespace Activepieces.Benchmarks.Infrastructure;

/// <summary>The measured job of a benchmark class.</summary>
public enum SuiteJobKind
{
    /// <summary>Nanosecond to microsecond operations: 3 warmup and 10 measured iterations.</summary>
    Standard,

    /// <summary>Whole generator runs (up to seconds each): 2 warmup and 15 measured iterations of one invocation.</summary>
    Heavy,
}
