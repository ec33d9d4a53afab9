using System.Text.Json;

namespace Activepieces.Emulator.Pieces;

/// <summary>
/// What a piece's auth <c>validate()</c> does in the emulator, run on <c>CUSTOM_AUTH</c>, <c>BASIC_AUTH</c>,
/// <c>SECRET_TEXT</c> and <c>OIDC</c> upserts of that piece (global and project routes) after the project check, as the
/// engine's validate-auth operation does on the real server.
/// </summary>
/// <example>
/// <code>
/// options.AddPieceValidation("@activepieces/piece-gelato", new PieceValidation
/// {
///     Validate = value =&gt; value.GetProperty("secret_text").GetString()!.StartsWith("gk_") ? null : "Invalid API key",
///     Latency = TimeSpan.FromSeconds(2),
/// });
/// </code>
/// </example>
public sealed class PieceValidation
{
    /// <summary>
    /// Receives the connection value (<c>{"type":"SECRET_TEXT","secret_text":…}</c>, <c>{"type":"CUSTOM_AUTH","props":{…}}</c>,
    /// …) with secret-manager references resolved, and returns <see langword="null"/> when it is valid or the piece's
    /// error message, answered as 400 <c>INVALID_APP_CONNECTION</c> with <c>params.error</c> = the message. The message is
    /// sent to the caller verbatim: never put the value in it. An exception thrown here answers 400
    /// <c>ENGINE_OPERATION_FAILURE</c>. <see langword="null"/> accepts every value.
    /// </summary>
    public Func<JsonElement, string?>? Validate { get; init; }

    /// <summary>
    /// How long the validation takes (a database piece opens a connection), measured on the emulator's
    /// <see cref="ActivepiecesEmulatorOptions.TimeProvider"/>, so a <c>FakeTimeProvider</c> controls it.
    /// </summary>
    public TimeSpan Latency { get; init; }

    /// <summary>A validation that rejects every value with <paramref name="message"/>.</summary>
    /// <param name="message">The piece's error message.</param>
    /// <returns>The validation.</returns>
    public static PieceValidation Reject(string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        return new PieceValidation { Validate = _ => message };
    }

    /// <inheritdoc />
    public override string ToString() => $"PieceValidation(validates={Validate is not null}, latency={Latency})";
}
