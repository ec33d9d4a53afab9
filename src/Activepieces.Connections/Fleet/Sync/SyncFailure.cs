namespace Activepieces;

/// <summary>One org a Sync could not sync, and why.</summary>
public sealed class SyncFailure
{
    /// <summary>Creates a failure.</summary>
    /// <param name="externalProjectId">The org (project external id).</param>
    /// <param name="error">The exception of its last attempt.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SyncFailure(string externalProjectId, Exception error)
    {
        ArgumentNullException.ThrowIfNull(externalProjectId);
        ArgumentNullException.ThrowIfNull(error);
        ExternalProjectId = externalProjectId;
        Error = error;
    }

    /// <summary>The org (project external id).</summary>
    public string ExternalProjectId { get; }

    /// <summary>
    /// The exception of the org's last attempt: an <see cref="ActivepiecesApiException"/>, a transport failure, or an
    /// <see cref="ArgumentException"/> for an invalid item. The client's exception messages never hold a credential.
    /// </summary>
    public Exception Error { get; }

    /// <summary>The org and the exception type and message (no credential).</summary>
    /// <returns>For example <c>org_42: ActivepiecesApiException: Activepieces API POST /api/v1/global-connections answered 400 …</c>.</returns>
    public override string ToString() => $"{ExternalProjectId}: {Error.GetType().Name}: {Error.Message}";
}
