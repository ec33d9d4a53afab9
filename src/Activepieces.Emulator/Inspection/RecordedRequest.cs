using Activepieces.Emulator.Faults;

namespace Activepieces.Emulator.Inspection;

/// <summary>
/// One request the emulator received and what it answered. The bodies may contain secrets (connection values, API
/// responses): they are never part of <see cref="ToString"/>.
/// </summary>
public sealed class RecordedRequest
{
    internal RecordedRequest()
    {
    }

    /// <summary>1-based arrival order since start (not reset by <see cref="ActivepiecesEmulator.ResetRequestLog"/>).</summary>
    public required long Sequence { get; init; }

    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The path, e.g. <c>/api/v1/global-connections</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The raw query string including <c>?</c>, or empty.</summary>
    public required string Query { get; init; }

    /// <summary>
    /// The request headers (names lower-case, repeated values joined with <c>, </c>). The <c>authorization</c> value is
    /// reduced to its scheme and a marker (<c>Bearer sk-…</c> or <c>Bearer …</c>) so the key never lands in the log.
    /// </summary>
    public required IReadOnlyDictionary<string, string> RequestHeaders { get; init; }

    /// <summary>The answered status, or <see langword="null"/> when the connection was dropped (no response reached the client).</summary>
    public required int? StatusCode { get; init; }

    /// <summary>The status the handler produced before a <see cref="FaultKind.DropConnectionAfterCommit"/> dropped it; otherwise equal to <see cref="StatusCode"/>.</summary>
    public required int? HandledStatusCode { get; init; }

    /// <summary>SECRET. The request body text, or empty.</summary>
    public required string RequestBody { get; init; }

    /// <summary>The response body text (empty for 204 and dropped connections).</summary>
    public required string ResponseBody { get; init; }

    /// <summary>The injected fault, or <see cref="FaultKind.None"/>.</summary>
    public required FaultKind Fault { get; init; }

    /// <summary>When the request arrived.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"#{Sequence} {Method} {Path}{Query} -> {(StatusCode is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "dropped")}"
        + (Fault == FaultKind.None ? string.Empty : $" (fault: {Fault})");
}
