using System.Net.Sockets;

namespace Activepieces.Emulator.Standalone;

/// <summary>
/// One start of a standalone emulator from its checked flags (<see cref="EmulatorCommandLine.Bind"/>): it starts the
/// emulator, prints what a newcomer needs (the pieces served, the key when it is the public development key, the
/// URL) and serves until the token is canceled. Both hosts run it, so they start and report alike.
/// </summary>
internal sealed class EmulatorLaunch
{
    /// <summary>The line that says the emulator accepts requests, followed by its URL; printed last.</summary>
    public const string ListeningLine = "Activepieces emulator listening on ";

    internal EmulatorLaunch(ActivepiecesEmulatorOptions options, IReadOnlyList<string> warnings)
    {
        Options = options;
        Warnings = warnings;
    }

    /// <summary>The emulator options the flags give.</summary>
    public ActivepiecesEmulatorOptions Options { get; }

    /// <summary>What is odd but not wrong (a <c>--pieces</c> directory without piece files), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Starts the emulator, prints the banner to <paramref name="output"/> (the warnings to <paramref name="error"/>)
    /// and serves until <paramref name="cancellationToken"/> is canceled; a cancellation is the normal stop.
    /// </summary>
    /// <param name="output">Where the banner goes.</param>
    /// <param name="error">Where the warnings go.</param>
    /// <param name="cancellationToken">Stops the emulator (Ctrl+C, SIGTERM).</param>
    /// <returns>A task that completes once the emulator has stopped.</returns>
    /// <exception cref="EmulatorStartupException">The emulator cannot start: invalid piece metadata, or it cannot listen.</exception>
    public async Task RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var warning in Warnings)
        {
            await error.WriteLineAsync("warning: " + warning).ConfigureAwait(false);
        }

        ActivepiecesEmulator emulator;
        try
        {
            emulator = await ActivepiecesEmulator.StartAsync(Options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (ArgumentException exception)
        {
            // Invalid piece metadata; the message names the file.
            throw new EmulatorStartupException("--pieces: " + WithoutParameterName(exception), exception);
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            // Kestrel's "Failed to bind to address http://127.0.0.1:5199: address already in use."
            throw new EmulatorStartupException($"--urls: cannot listen on {Options.Url.GetLeftPart(UriPartial.Authority)} ({exception.Message}).", exception);
        }

        await using (emulator.ConfigureAwait(false))
        {
            await WriteBannerAsync(output, emulator).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM.
            }
        }
    }

    private static async Task WriteBannerAsync(TextWriter output, ActivepiecesEmulator emulator)
    {
        var pieces = emulator.ServedPieces;
        await output.WriteLineAsync(pieces.Count == 0 ? "Pieces: none (serve *.piece.json files with --pieces DIR)" : $"Pieces ({pieces.Count}):").ConfigureAwait(false);
        foreach (var piece in pieces)
        {
            var auth = piece.AuthTypes.Count == 0 ? "no auth" : string.Join(", ", piece.AuthTypes);
            await output.WriteLineAsync($"  {piece.Name} {piece.Version} ({auth})").ConfigureAwait(false);
        }

        // Only the public development key is printed: it guards nothing and lets a newcomer call the emulator. A key
        // of the user's own is a secret.
        await output.WriteLineAsync(emulator.ApiKey == ActivepiecesEmulatorOptions.DevelopmentApiKey
            ? "API key: " + ActivepiecesEmulatorOptions.DevelopmentApiKey
            : "API key: the one given with --api-key (not printed)").ConfigureAwait(false);
        await output.WriteLineAsync(ListeningLine + emulator.BaseUrl.ToString().TrimEnd('/')).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    private static string WithoutParameterName(ArgumentException exception)
    {
        var message = EmulatorStartupException.OneLine(exception.Message);
        var parameter = exception.ParamName is null ? -1 : message.LastIndexOf($" (Parameter '{exception.ParamName}')", StringComparison.Ordinal);
        return parameter > 0 ? message[..parameter] : message;
    }
}
