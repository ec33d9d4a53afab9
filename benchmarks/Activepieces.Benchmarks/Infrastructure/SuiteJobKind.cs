namespace Activepieces.Benchmarks.Infrastructure;

/// <summary>The measured job of a benchmark class.</summary>
public enum SuiteJobKind
{
    /// <summary>Nanosecond to microsecond operations: 3 warmup and 10 measured iterations.</summary>
    Standard,

    /// <summary>Whole generator runs (up to seconds each): 1 warmup and 5 measured iterations of one invocation.</summary>
    Heavy,
}
