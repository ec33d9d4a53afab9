using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Activepieces.TestSupport;

/// <summary>
/// A child process the tests start (the sample backend, the standalone emulator, the dotnet CLI, node for the contract
/// validator): its standard output and error are captured line by line, in arrival order; a test waits for a line or for
/// the exit. Disposing kills the process tree if it still runs.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<string> _standardOutput = [];
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> _waiters = [];
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _openStreams = 2;

    private ChildProcess(Process process) => _process = process;

    /// <summary>The lines written so far (standard output and error interleaved).</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The lines written to standard output so far (without standard error).</summary>
    public IReadOnlyList<string> StandardOutput
    {
        get
        {
            lock (_lines)
            {
                return [.. _standardOutput];
            }
        }
    }

    /// <summary>The exit code (only after the process exited).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The executable (e.g. <c>dotnet</c>).</param>
    /// <param name="arguments">The arguments, one per element (no shell quoting). Secrets go into the environment, never here.</param>
    /// <param name="workingDirectory">The working directory, or <see langword="null"/> for the current one.</param>
    /// <param name="environment">Variables to set; a <see langword="null"/> value removes an inherited variable.</param>
    /// <param name="standardInput">Bytes written to standard input, which is then closed; <see langword="null"/> for none.</param>
    /// <returns>The running process.</returns>
    /// <exception cref="System.ComponentModel.Win32Exception">The executable cannot be started (e.g. not on the PATH).</exception>
    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        byte[]? standardInput = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(arguments);
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, isStandardOutput: true);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, isStandardOutput: false);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{fileName} did not start.");
        }

        // Output is read before the input is written, so a process that answers while reading cannot block on a full pipe.
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
            process.StandardInput.Close();
        }

        return child;
    }

    /// <summary>Runs <paramref name="fileName"/> to its end.</summary>
    /// <param name="fileName">The executable.</param>
    /// <param name="arguments">The arguments, one per element.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="environment">Variables to set; a <see langword="null"/> value removes an inherited variable.</param>
    /// <param name="cancellationToken">Kills the process tree and throws when cancelled.</param>
    /// <returns>The exit code and the whole output.</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken)
    {
        await using var child = Start(fileName, arguments, workingDirectory, environment);
        var exitCode = await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (exitCode, string.Join(Environment.NewLine, child.Output));
    }

    /// <summary>Waits for the first line (already written or still to come) that matches <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The match.</returns>
    /// <exception cref="InvalidOperationException">The process closed its output without such a line (the message holds the output).</exception>
    public async Task<Match> WaitForLineAsync(Regex pattern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            foreach (var line in _lines)
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    return match;
                }
            }

            _waiters.Add((pattern, found));
        }

        var finished = await Task.WhenAny(found.Task, _outputClosed.Task).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (finished == found.Task || found.Task.IsCompleted)
        {
            return await found.Task.ConfigureAwait(false);
        }

        throw new InvalidOperationException(
            $"The process ended its output without a line matching {pattern}. Output:{Environment.NewLine}{string.Join(Environment.NewLine, Output)}");
    }

    /// <summary>Waits for the exit and the end of the captured output.</summary>
    /// <param name="cancellationToken">Kills the process tree and throws when cancelled.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Also waits for the redirected streams to reach their end.
            await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return _process.ExitCode;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void OnLine(string? line, bool isStandardOutput)
    {
        if (line is null)
        {
            if (Interlocked.Decrement(ref _openStreams) == 0)
            {
                _outputClosed.TrySetResult();
            }

            return;
        }

        List<(Match Match, TaskCompletionSource<Match> Found)> matched = [];
        lock (_lines)
        {
            _lines.Add(line);
            if (isStandardOutput)
            {
                _standardOutput.Add(line);
            }

            foreach (var waiter in _waiters)
            {
                if (waiter.Pattern.Match(line) is { Success: true } match)
                {
                    matched.Add((match, waiter.Found));
                }
            }

            _waiters.RemoveAll(waiter => matched.Exists(m => m.Found == waiter.Found));
        }

        foreach (var (match, found) in matched)
        {
            found.TrySetResult(match);
        }
    }
}
