namespace Activepieces;

/// <summary>The kinds of problem an audit of a piece's connections finds.</summary>
public enum FindingKind
{
    /// <summary>
    /// The connection lists no live project (its projects were deleted), yet still holds credentials. Repair deletes it.
    /// </summary>
    Orphaned,

    /// <summary>
    /// More than one row has the same external id (a recreated project makes a second row); this is a stale one.
    /// Repair deletes it and keeps the row that lists the live project whose external id the connection names.
    /// </summary>
    Duplicate,

    /// <summary>The connection lists a live project whose external id is not the connection external id's suffix.</summary>
    ProjectMismatch,

    /// <summary>A connection with this prefix belongs to another piece (the piece's lookup by external id would return it).</summary>
    WrongPiece,

    /// <summary>The connection's status is <c>ERROR</c> or <c>MISSING</c>: pieces cannot use it until fresh credentials are upserted.</summary>
    NotActive,

    /// <summary>
    /// A PROJECT-scope row with the same external id (e.g. a placeholder) is in a project the global connection
    /// lists, so the piece's lookup may return it instead. Repair deletes it when it is a placeholder (status <c>MISSING</c>).
    /// </summary>
    Shadowed,

    /// <summary>
    /// The server revalidated the connection (<see cref="AuditOptions.Revalidate"/>) and the piece rejected its stored
    /// credentials (revoked or expired), so its status is now <c>ERROR</c>. Only fresh credentials fix it (sync or
    /// ensure the org).
    /// </summary>
    InvalidCredentials,
}
