using Activepieces.Benchmarks.Fleet;
using Activepieces.Benchmarks.HttpCalls;
using Activepieces.Benchmarks.Infrastructure;
using Activepieces.Benchmarks.Replicas;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Activepieces.Benchmarks;

/// <summary>
/// Entry point. <c>-- --filter '*'</c>: the measured suite (BenchmarkDotNet arguments pass through). <c>-- --quick</c>:
/// every benchmark once in-process plus the HTTP-calls table (the CI smoke run; exit code 1 on any failure).
/// <c>-- --http-calls [--out file.md]</c>: only the HTTP-calls table. <c>-- --fleet [--orgs N] [--latency MS] [--out file.md]</c>: only the
/// fleet table (Sync and Audit of N orgs, default 10,000; the quick run uses 200). <c>-- --replicas [--orgs N] [--out file.md]</c>:
/// only the replica table (N replicas sharing the Ensure cache through an in-process Garnet, and without it; default
/// 1,000 orgs, the quick run uses 30).
/// </summary>
public static class Program
{
    /// <summary>Runs the suite.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when every benchmark ran, 1 otherwise.</returns>
    public static async Task<int> Main(string[] args)
    {
        var arguments = new List<string>(args);
        if (arguments.Remove("--http-calls"))
        {
            return await PrintHttpCallsAsync(OutputPath(arguments)).ConfigureAwait(false);
        }

        if (arguments.Remove("--fleet"))
        {
            return await PrintFleetAsync(OrgCount(arguments) ?? FleetRunner.DefaultOrgs, Latency(arguments), OutputPath(arguments)).ConfigureAwait(false);
        }

        if (arguments.Remove("--replicas"))
        {
            return await PrintReplicasAsync(OrgCount(arguments) ?? ReplicaRunner.DefaultOrgs, OutputPath(arguments)).ConfigureAwait(false);
        }

        SuiteMode.IsQuick = arguments.Remove("--quick");
        if (SuiteMode.IsQuick && !arguments.Contains("--filter"))
        {
            arguments.AddRange(["--filter", "*"]);
        }

        // The generated benchmark project is built out of process; on a loaded machine that takes longer than the default 2 minutes.
        IConfig config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        if (SuiteMode.IsQuick)
        {
            config = config.WithOptions(ConfigOptions.StopOnFirstError);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. arguments], config);
        var exitCode = Failed(summaries.ToList()) ? 1 : 0;
        if (SuiteMode.IsQuick && exitCode == 0)
        {
            exitCode = await PrintHttpCallsAsync(outputPath: null).ConfigureAwait(false);
        }

        if (SuiteMode.IsQuick && exitCode == 0)
        {
            exitCode = await PrintFleetAsync(FleetRunner.QuickOrgs, TimeSpan.Zero, outputPath: null).ConfigureAwait(false);
        }

        if (SuiteMode.IsQuick && exitCode == 0)
        {
            exitCode = await PrintReplicasAsync(ReplicaRunner.QuickOrgs, outputPath: null).ConfigureAwait(false);
        }

        return exitCode;
    }

    private static bool Failed(IReadOnlyList<Summary> summaries)
    {
        if (summaries.Count == 0)
        {
            Console.Error.WriteLine("No benchmark ran (check the --filter).");
            return true;
        }

        var failed = false;
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                Console.Error.WriteLine($"{summary.Title}: critical validation errors.");
                failed = true;
            }

            foreach (var report in summary.Reports.Where(report => !report.Success))
            {
                Console.Error.WriteLine($"Failed: {report.BenchmarkCase.DisplayInfo}");
                failed = true;
            }
        }

        return failed;
    }

    private static async Task<int> PrintHttpCallsAsync(string? outputPath)
    {
        var counts = await HttpCallCounter.CountAllAsync(CancellationToken.None).ConfigureAwait(false);
        var table = HttpCallsTable.ToMarkdown(counts);
        Console.WriteLine();
        Console.WriteLine($"HTTP calls per {HttpCallCounter.DefaultMints} token mints over {HttpCallCounter.DefaultOrgs} orgs (counted at the emulator):");
        Console.WriteLine();
        Console.WriteLine(table);
        if (outputPath is not null)
        {
            await File.WriteAllTextAsync(outputPath, table).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> PrintFleetAsync(int orgs, TimeSpan latency, string? outputPath)
    {
        var phases = await FleetRunner.RunAsync(orgs, latency, CancellationToken.None).ConfigureAwait(false);
        var table = FleetTable.ToMarkdown(phases);
        Console.WriteLine();
        Console.WriteLine(latency > TimeSpan.Zero
            ? $"Fleet: Sync and Audit of {orgs:N0} orgs against the in-process emulator, {latency.TotalMilliseconds:0} ms per request:"
            : $"Fleet: Sync and Audit of {orgs:N0} orgs against the in-process emulator:");
        Console.WriteLine();
        Console.WriteLine(table);
        if (outputPath is not null)
        {
            await File.WriteAllTextAsync(outputPath, table).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> PrintReplicasAsync(int orgs, string? outputPath)
    {
        var figures = await ReplicaRunner.RunAsync(orgs, CancellationToken.None).ConfigureAwait(false);
        var table = ReplicaTable.ToMarkdown(figures);
        Console.WriteLine();
        Console.WriteLine($"Replicas sharing the Ensure cache through an in-process Garnet, and without it, {orgs:N0} orgs each (counted at the emulator):");
        Console.WriteLine();
        Console.WriteLine(table);
        if (outputPath is not null)
        {
            await File.WriteAllTextAsync(outputPath, table).ConfigureAwait(false);
        }

        return 0;
    }

    private static int? OrgCount(List<string> arguments)
    {
        var index = arguments.IndexOf("--orgs");
        return index >= 0 && index + 1 < arguments.Count
            ? int.Parse(arguments[index + 1], System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static TimeSpan Latency(List<string> arguments)
    {
        var index = arguments.IndexOf("--latency");
        return index >= 0 && index + 1 < arguments.Count
            ? TimeSpan.FromMilliseconds(int.Parse(arguments[index + 1], System.Globalization.CultureInfo.InvariantCulture))
            : TimeSpan.Zero;
    }

    private static string? OutputPath(List<string> arguments)
    {
        var index = arguments.IndexOf("--out");
        return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : null;
    }
}
