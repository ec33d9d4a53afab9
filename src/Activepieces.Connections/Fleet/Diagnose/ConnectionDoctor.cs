using Activepieces.Resources.Connections;

namespace Activepieces.Fleet.Diagnose;

/// <summary>
/// The diagnosis of one org's connection, as a pure function over what the server listed. It mirrors the worker's
/// lookup (<c>appConnectionService.getOne</c>): rows of either scope and any piece whose external id equals
/// <c>{prefix}{org}</c> exactly and whose project ids contain the org's project.
/// </summary>
internal static class ConnectionDoctor
{
    /// <summary>The diagnosis when no live project has the org's external id.</summary>
    public static ConnectionDiagnosis ProjectMissing(PredefinedConnectionDescriptor descriptor, string externalProjectId) => new(
        DiagnosisCause.ProjectMissing,
        projectId: null,
        connection: null,
        $"No live project has external id '{externalProjectId}': sync or ensure the org's {descriptor.PieceName} connection (which creates the project), or check the org id.");

    /// <param name="descriptor">The piece and prefix.</param>
    /// <param name="externalProjectId">The org.</param>
    /// <param name="projectId">The org's live project.</param>
    /// <param name="visibleRows">The rows the project's connection list returned (both scopes, every piece).</param>
    /// <param name="globalRowsWithExternalId">
    /// The global rows with the external id (only needed, and only listed, when no visible row matches).
    /// </param>
    public static ConnectionDiagnosis Diagnose(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        string projectId,
        IReadOnlyList<AppConnection> visibleRows,
        IReadOnlyList<AppConnection>? globalRowsWithExternalId)
    {
        var externalId = descriptor.ExternalIdFor(externalProjectId);
        var matches = visibleRows
            .Where(row => string.Equals(row.ExternalId, externalId, StringComparison.Ordinal) && row.ProjectIds.Contains(projectId, StringComparer.Ordinal))
            .ToArray();

        if (matches.Length == 0)
        {
            var elsewhere = globalRowsWithExternalId?.FirstOrDefault(row => string.Equals(row.ExternalId, externalId, StringComparison.Ordinal));
            return elsewhere is null
                ? new ConnectionDiagnosis(
                    DiagnosisCause.ConnectionMissing, projectId, null,
                    $"Project {projectId} of '{externalProjectId}' exists but no connection is named '{externalId}': sync or ensure the org's {descriptor.PieceName} connection.")
                : new ConnectionDiagnosis(
                    DiagnosisCause.ConnectionDoesNotListProject, projectId, elsewhere,
                    $"Connection '{externalId}' (row {elsewhere.Id}) exists but lists {elsewhere.ProjectIds.Count} other project(s), not project {projectId}: sync or ensure the org again to get a row that lists it, then run the audit's repair to delete the stale row.");
        }

        if (matches.Length > 1)
        {
            var rows = string.Join(", ", matches.Select(row => $"{row.Id} ({row.Scope}, {row.Status}, {row.PieceName})"));
            return new ConnectionDiagnosis(
                DiagnosisCause.Ambiguous, projectId, null,
                $"{matches.Length} rows named '{externalId}' are visible to project {projectId} ({rows}) and the worker may return any of them: run the audit's repair (or delete the extra rows) so that exactly one remains.");
        }

        var match = matches[0];
        if (!string.Equals(match.PieceName, descriptor.PieceName, StringComparison.Ordinal))
        {
            return new ConnectionDiagnosis(
                DiagnosisCause.WrongPiece, projectId, match,
                $"Connection '{externalId}' (row {match.Id}) visible to project {projectId} belongs to piece {match.PieceName}, not {descriptor.PieceName}: delete it and sync the org's {descriptor.PieceName} connection, or give one of the pieces another prefix.");
        }

        if (!match.Status.IsUsable)
        {
            return new ConnectionDiagnosis(
                DiagnosisCause.NotActive, projectId, match,
                $"Connection '{externalId}' (row {match.Id}) has status {match.Status}, so the piece cannot use it: upsert fresh credentials for the org (sync or ensure).");
        }

        return new ConnectionDiagnosis(
            DiagnosisCause.Ok, projectId, match,
            $"Connection '{externalId}' (row {match.Id}, {match.Scope}) resolves in project {projectId} for {descriptor.PieceName}: nothing to do.");
    }

    /// <summary>
    /// The diagnosis after the resolving row was revalidated: <see cref="DiagnosisCause.InvalidCredentials"/> when the
    /// piece rejected it (now ERROR), else the diagnosis of the rows with its new status.
    /// </summary>
    public static ConnectionDiagnosis Revalidated(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        string projectId,
        IReadOnlyList<AppConnection> visibleRows,
        AppConnection revalidated)
    {
        if (revalidated.Status == AppConnectionStatus.Error)
        {
            return new ConnectionDiagnosis(
                DiagnosisCause.InvalidCredentials, projectId, revalidated,
                $"Connection '{revalidated.ExternalId}' (row {revalidated.Id}) was revalidated and the piece {revalidated.PieceName} rejected its stored credentials (revoked or expired), so its status is now {revalidated.Status}: upsert fresh credentials for the org (sync or ensure).");
        }

        return Diagnose(descriptor, externalProjectId, projectId, visibleRows, null);
    }

    /// <summary>The diagnosis as listed, saying that the revalidation asked for got no verdict.</summary>
    public static ConnectionDiagnosis WithoutVerdict(ConnectionDiagnosis diagnosis) => new(
        diagnosis.Cause,
        diagnosis.ProjectId,
        diagnosis.Connection,
        diagnosis.Message + " The revalidation got no verdict (the server's validation failed or refused the row), so the status is as listed.");
}
