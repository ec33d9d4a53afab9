using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Gelato.Backend.Tests;

/// <summary>
/// Runs the sample backend as the README's <c>dotnet run --project samples/Gelato.Backend</c> does (the built dll, on a
/// free port), waits for its three start lines and stops it on dispose.
/// </summary>
internal sealed partial class GelatoBackendProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private GelatoBackendProcess(Process process) => _process = process;

    public Uri BackendUrl { get; private set; } = null!;

    public Uri EmulatorUrl { get; private set; } = null!;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    public static async Task<GelatoBackendProcess> StartAsync(CancellationToken cancellationToken)
    {
        var dll = typeof(GelatoBackendProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GelatoBackendPath").Value!;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        // No Activepieces__* variables: the sample must start its embedded emulator.
        foreach (var variable in new[] { "Activepieces__InstanceUrl", "Activepieces__ApiKey", "Activepieces__SigningKeyId", "Activepieces__SigningKeyPem" })
        {
            start.Environment.Remove(variable);
        }

        var backend = new GelatoBackendProcess(Process.Start(start)!);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        backend._process.OutputDataReceived += (_, e) => backend.OnLine(e.Data, ready);
        backend._process.ErrorDataReceived += (_, e) => backend.OnLine(e.Data, ready);
        backend._process.BeginOutputReadLine();
        backend._process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch (TimeoutException)
        {
            await backend.DisposeAsync();
            throw new InvalidOperationException("The sample did not print 'ready':" + Environment.NewLine + string.Join(Environment.NewLine, backend.Output));
        }

        return backend;
    }

    private void OnLine(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (BackendLine().Match(line) is { Success: true } backend)
        {
            BackendUrl = new Uri(backend.Groups[1].Value);
        }
        else if (EmulatorLine().Match(line) is { Success: true } emulator)
        {
            EmulatorUrl = new Uri(emulator.Groups[1].Value);
        }
        else if (line == "ready")
        {
            ready.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex("^Gelato backend listening on (http://\\S+)$")]
    private static partial Regex BackendLine();

    [GeneratedRegex("^Activepieces emulator listening on (http://\\S+)$")]
    private static partial Regex EmulatorLine();
}
