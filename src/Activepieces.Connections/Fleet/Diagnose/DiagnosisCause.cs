namespace Activepieces;

/// <summary>Why a piece's <c>connections.get("{prefix}{org}")</c> does or does not resolve in the org's project.</summary>
public enum DiagnosisCause
{
    /// <summary>Exactly one ACTIVE connection of the piece resolves.</summary>
    Ok,

    /// <summary>No live project has the org's external id.</summary>
    ProjectMissing,

    /// <summary>The project exists, but no connection has the external id.</summary>
    ConnectionMissing,

    /// <summary>A connection with the external id exists, but it does not list the org's project.</summary>
    ConnectionDoesNotListProject,

    /// <summary>More than one row with the external id lists the project; the worker returns any one of them.</summary>
    Ambiguous,

    /// <summary>The row that resolves belongs to another piece.</summary>
    WrongPiece,

    /// <summary>The row that resolves has status <c>ERROR</c> or <c>MISSING</c>.</summary>
    NotActive,

    /// <summary>
    /// The row that resolves was revalidated on request (<see cref="DiagnoseOptions.Revalidate"/>) and the piece
    /// rejected its stored credentials; its status is now <c>ERROR</c>.
    /// </summary>
    InvalidCredentials,
}
