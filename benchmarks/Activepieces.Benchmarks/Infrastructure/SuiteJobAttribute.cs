using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Activepieces.Benchmarks.Infrastructure;

/// <summary>
/// The job of a benchmark class: <see cref="SuiteJobKind"/> when measuring; in <see cref="SuiteMode.IsQuick"/> mode one
/// in-process invocation (BenchmarkDotNet's dry job), so a smoke run of the whole suite takes well under two minutes.
/// Always with the memory diagnoser.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SuiteJobAttribute : Attribute, IConfigSource
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="kind">The measured job.</param>
    public SuiteJobAttribute(SuiteJobKind kind)
    {
        Kind = kind;
        Config = ManualConfig.CreateEmpty()
            .AddJob(SuiteMode.IsQuick ? QuickJob() : MeasuredJob(kind))
            .AddDiagnoser(MemoryDiagnoser.Default);
    }

    /// <summary>The measured job.</summary>
    public SuiteJobKind Kind { get; }

    /// <inheritdoc/>
    public IConfig Config { get; }

    private static Job QuickJob() => Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick");

    private static Job MeasuredJob(SuiteJobKind kind) => kind switch
    {
        SuiteJobKind.Heavy => Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Heavy"),
        SuiteJobKind.ThreeLaunches => Job.Default.WithLaunchCount(3).WithWarmupCount(3).WithIterationCount(10).WithId("ThreeLaunches"),
        _ => Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Standard"),
    };
}
