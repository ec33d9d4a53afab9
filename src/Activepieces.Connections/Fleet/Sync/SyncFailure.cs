namespace Activepieces;

/// <summary>One org a Sync could not sync, and why.</summary>
public sealed class SyncFailure
{
    private readonly string? _pieceMessage;

    /// <summary>Creates a failure.</summary>
    /// <param name="externalProjectId">The org (project external id).</param>
    /// <param name="error">The exception of its last attempt.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SyncFailure(string externalProjectId, Exception error)
        : this(externalProjectId, error, (error as ActivepiecesApiException)?.PieceMessage)
    {
    }

    /// <summary>A failure of a Sync run, with the piece's message as it may be shown (its credential taken out).</summary>
    internal SyncFailure(string externalProjectId, Exception error, string? pieceMessage)
    {
        ArgumentNullException.ThrowIfNull(externalProjectId);
        ArgumentNullException.ThrowIfNull(error);
        ExternalProjectId = externalProjectId;
        Error = error;
        _pieceMessage = pieceMessage;
    }

    /// <summary>The org (project external id).</summary>
    public string ExternalProjectId { get; }

    /// <summary>
    /// The exception of the org's last attempt: an <see cref="ActivepiecesApiException"/>, a transport failure, or an
    /// <see cref="ArgumentException"/> for an invalid item. The client's exception messages never hold a credential.
    /// </summary>
    public Exception Error { get; }

    /// <summary>
    /// The org, the exception type and message (no credential) and, when the piece rejected the credential, the piece's
    /// own words (<see cref="ActivepiecesApiException.PieceMessage"/>), which say what the customer has to fix. A Sync run
    /// replaces any text of the org's credential that the piece repeated with <c>***</c>.
    /// </summary>
    /// <returns>
    /// For example <c>org_42: ActivepiecesApiException: Activepieces API POST /api/v1/global-connections failed with HTTP
    /// 400 (BadRequest), code INVALID_APP_CONNECTION. The piece said: Invalid admin token</c>.
    /// </returns>
    public override string ToString() =>
        _pieceMessage is { Length: > 0 } pieceMessage
            ? $"{ExternalProjectId}: {Error.GetType().Name}: {Error.Message} The piece said: {OneLine(pieceMessage)}"
            : $"{ExternalProjectId}: {Error.GetType().Name}: {Error.Message}";

    /// <summary>A piece's message on one line, at most 300 characters, so that one failure stays one log line.</summary>
    private static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 299), "…");
    }
}
