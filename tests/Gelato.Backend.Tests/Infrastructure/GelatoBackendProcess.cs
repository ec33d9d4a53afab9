using System.Reflection;
using System.Text.RegularExpressions;
using Activepieces.TestSupport;

namespace Gelato.Backend.Tests.Infrastructure;

/// <summary>
/// Runs the sample backend as the README's <c>dotnet run --project samples/Gelato.Backend</c> does (the built dll, on a
/// free port), waits for its three start lines and stops it on dispose.
/// </summary>
internal sealed partial class GelatoBackendProcess : IAsyncDisposable
{
    /// <summary>The configuration that points the sample at a real instance; without it the sample starts its own emulator.</summary>
    public static readonly string[] InstanceVariables =
        ["Activepieces__InstanceUrl", "Activepieces__ApiKey", "Activepieces__SigningKeyId", "Activepieces__SigningKeyPem"];

    private readonly ChildProcess _process;

    private GelatoBackendProcess(ChildProcess process, Uri backendUrl, Uri? emulatorUrl)
    {
        _process = process;
        BackendUrl = backendUrl;
        EmulatorUrl = emulatorUrl;
    }

    /// <summary>The directory of the built sample (its <c>pieces/</c> folder is there).</summary>
    public static string SampleDirectory { get; } = Path.GetDirectoryName(typeof(GelatoBackendProcess).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GelatoBackendPath").Value!)!;

    public Uri BackendUrl { get; }

    /// <summary>The embedded emulator's URL, or <see langword="null"/> when the sample runs against a configured instance.</summary>
    public Uri? EmulatorUrl { get; }

    /// <summary>Every line the sample printed so far.</summary>
    public IReadOnlyList<string> Output => _process.Output;

    /// <summary>Starts the sample.</summary>
    /// <param name="instance">The <c>Activepieces__*</c> variables of a real instance, or <see langword="null"/> for the embedded emulator.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sample, after it printed <c>ready</c>.</returns>
    public static async Task<GelatoBackendProcess> StartAsync(IReadOnlyDictionary<string, string>? instance, CancellationToken cancellationToken)
    {
        var environment = InstanceVariables.ToDictionary(name => name, name => instance?.GetValueOrDefault(name));
        var process = ChildProcess.Start(
            "dotnet",
            [Path.Combine(SampleDirectory, "Gelato.Backend.dll"), "--urls", "http://127.0.0.1:0"],
            SampleDirectory,
            environment);
        try
        {
            // The sample prints its URL, the Activepieces line, then "ready"; a hang is caught by the test platform's hang timeout.
            await process.WaitForLineAsync(ReadyLine(), cancellationToken);
            var backend = await process.WaitForLineAsync(BackendLine(), cancellationToken);
            Uri? emulatorUrl = null;
            if (instance is null)
            {
                emulatorUrl = new Uri((await process.WaitForLineAsync(EmulatorLine(), cancellationToken)).Groups[1].Value);
            }

            return new GelatoBackendProcess(process, new Uri(backend.Groups[1].Value), emulatorUrl);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    [GeneratedRegex("^Gelato backend listening on (http://\\S+)$")]
    private static partial Regex BackendLine();

    [GeneratedRegex("^Activepieces emulator listening on (http://\\S+)$")]
    private static partial Regex EmulatorLine();

    [GeneratedRegex("^ready$")]
    private static partial Regex ReadyLine();
}
