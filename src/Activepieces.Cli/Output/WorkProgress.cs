using Activepieces.Cli.CommandLine;
using Spectre.Console;

namespace Activepieces.Cli.Output;

/// <summary>
/// Progress of long work (pulling or checking many pieces, an audit, a repair) on stderr, drawn by Spectre, only when
/// stderr is a terminal: a redirected or captured stream gets nothing, so scripts and tests see only results. The
/// display clears itself when the work ends, and commands write their results after it, so the two never interleave.
/// </summary>
internal static class WorkProgress
{
    /// <summary>Runs <paramref name="work"/> of <paramref name="steps"/> steps with a progress bar.</summary>
    /// <param name="environment">Where stderr is and whether it is a terminal.</param>
    /// <param name="description">What is being done, e.g. <c>Pulling 12 pieces</c>.</param>
    /// <param name="steps">How many steps the work has.</param>
    /// <param name="work">The work; it calls the action it is given after each step, with what it just did.</param>
    public static async Task<T> RunAsync<T>(CliEnvironment environment, string description, int steps, Func<Action<string>, Task<T>> work)
    {
        if (!environment.ErrorIsTerminal)
        {
            return await work(_ => { }).ConfigureAwait(false);
        }

        return await ShowAsync(
            environment,
            [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn()],
            async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: steps);
                return await work(done =>
                {
                    task.Description = Markup.Escape($"{description}: {done}");
                    task.Increment(1);
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/>, one call whose length is unknown, with a spinner and the elapsed time.</summary>
    public static async Task<T> RunAsync<T>(CliEnvironment environment, string description, Func<Task<T>> work)
    {
        if (!environment.ErrorIsTerminal)
        {
            return await work().ConfigureAwait(false);
        }

        return await ShowAsync(
            environment,
            [new TaskDescriptionColumn(), new ElapsedTimeColumn(), new SpinnerColumn()],
            async context =>
            {
                var task = context.AddTask(Markup.Escape(description));
                task.IsIndeterminate = true;
                return await work().ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static Task<T> ShowAsync<T>(CliEnvironment environment, ProgressColumn[] columns, Func<ProgressContext, Task<T>> work) =>
        SpectreConsoles.Terminal(environment.Error).Progress().AutoClear(true).Columns(columns).StartAsync(work);
}
