using System.Globalization;
using Activepieces.Resources.Connections;

namespace Activepieces.Fleet.Audit;

/// <summary>
/// The classification of an audit, as a pure function over what the server listed: the global connections, the live
/// projects and the PROJECT-scope rows of the projects the piece's connections list.
/// </summary>
/// <remarks>
/// Each global row of the piece gets at most one of <see cref="FindingKind.Duplicate"/> (a stale row of an external id
/// that has several) and <see cref="FindingKind.Orphaned"/> (the only row, listing no live project) — the rows Repair
/// deletes —; a row that stays may get <see cref="FindingKind.ProjectMismatch"/> and <see cref="FindingKind.NotActive"/>
/// (or, when a revalidation rejected it, <see cref="FindingKind.InvalidCredentials"/> instead).
/// Of several rows with one external id the kept row is the one listing the live project the external id names, then an
/// ACTIVE one, then the most recently updated.
/// </remarks>
internal static class ConnectionAuditor
{
    /// <summary>The ids of the live projects the piece's prefixed global rows list: the projects whose PROJECT-scope rows may shadow them.</summary>
    public static IReadOnlyList<string> ProjectsToScan(PredefinedConnectionDescriptor descriptor, IEnumerable<AppConnection> globalRows, IEnumerable<Project> liveProjects)
    {
        var live = liveProjects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return globalRows
            .Where(row => IsOwnRow(descriptor, row))
            .SelectMany(row => row.ProjectIds)
            .Where(live.Contains)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The piece's prefixed global rows that list a live project: the rows whose credentials a flow can use, and so the
    /// ones a revalidation checks. A row listing no live project is orphaned (or a stale duplicate) whatever its
    /// credentials, and one listing no project at all cannot be revalidated (the server answers 403).
    /// </summary>
    public static IReadOnlyList<AppConnection> RowsToRevalidate(PredefinedConnectionDescriptor descriptor, IEnumerable<AppConnection> globalRows, IEnumerable<Project> liveProjects)
    {
        var live = liveProjects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return globalRows.Where(row => IsOwnRow(descriptor, row) && row.ProjectIds.Any(live.Contains)).ToArray();
    }

    /// <param name="descriptor">The piece and prefix.</param>
    /// <param name="globalRows">The global rows of every piece (revalidated rows with their new status).</param>
    /// <param name="liveProjects">The live projects.</param>
    /// <param name="projectRows">The PROJECT-scope rows under the prefix in the projects to consider.</param>
    /// <param name="rejected">The ids of the rows a revalidation found invalid (now ERROR); <see langword="null"/> without revalidation.</param>
    public static ConnectionAudit Classify(
        PredefinedConnectionDescriptor descriptor,
        IReadOnlyList<AppConnection> globalRows,
        IReadOnlyList<Project> liveProjects,
        IReadOnlyList<AppConnection> projectRows,
        IReadOnlySet<string>? rejected = null)
    {
        var live = new Dictionary<string, Project>(StringComparer.Ordinal);
        var liveByExternalId = new Dictionary<string, Project>(StringComparer.Ordinal);
        foreach (var project in liveProjects)
        {
            live[project.Id] = project;
            if (project.ExternalId is not null)
            {
                liveByExternalId[project.ExternalId] = project;
            }
        }

        var findings = new List<ConnectionFinding>();
        var own = new List<AppConnection>();
        var examined = 0;
        foreach (var row in globalRows)
        {
            if (row.Scope != AppConnectionScope.Platform
                || !descriptor.TryGetExternalProjectId(row.ExternalId, out var org))
            {
                continue;
            }

            examined++;
            if (string.Equals(row.PieceName, descriptor.PieceName, StringComparison.Ordinal))
            {
                own.Add(row);
            }
            else
            {
                findings.Add(new ConnectionFinding(
                    FindingKind.WrongPiece, row.ExternalId, row.Id, org,
                    $"belongs to piece {row.PieceName}, not {descriptor.PieceName}, yet a lookup of '{row.ExternalId}' in a project it lists returns it.",
                    isRepairable: false));
            }
        }

        // (project id, external id) pairs that a kept global row makes resolvable: a PROJECT-scope row there shadows it.
        var resolvable = new HashSet<(string ProjectId, string ExternalId)>();
        foreach (var group in own.GroupBy(row => row.ExternalId, StringComparer.Ordinal))
        {
            descriptor.TryGetExternalProjectId(group.Key, out var org);
            liveByExternalId.TryGetValue(org, out var orgProject);
            var rows = group.ToList();
            var kept = rows
                .OrderByDescending(row => orgProject is not null && row.ProjectIds.Contains(orgProject.Id, StringComparer.Ordinal))
                .ThenByDescending(row => row.ProjectIds.Any(live.ContainsKey))
                .ThenByDescending(row => row.Status == AppConnectionStatus.Active)
                .ThenByDescending(row => row.Updated)
                .ThenByDescending(row => row.Created)
                .ThenBy(row => row.Id, StringComparer.Ordinal)
                .First();
            foreach (var stale in rows.Where(row => !ReferenceEquals(row, kept)))
            {
                findings.Add(new ConnectionFinding(
                    FindingKind.Duplicate, stale.ExternalId, stale.Id, org,
                    $"one of {rows.Count} rows named '{stale.ExternalId}' ({Listing(stale, live)}); row {kept.Id} ({Listing(kept, live)}) is kept.",
                    isRepairable: true));
            }

            var liveListed = kept.ProjectIds.Where(live.ContainsKey).ToArray();
            if (liveListed.Length == 0)
            {
                findings.Add(new ConnectionFinding(
                    FindingKind.Orphaned, kept.ExternalId, kept.Id, org,
                    $"lists no live project ({Listing(kept, live)}) but still holds credentials.",
                    isRepairable: true));
                continue;
            }

            foreach (var projectId in liveListed)
            {
                resolvable.Add((projectId, kept.ExternalId));
                var project = live[projectId];
                if (!string.Equals(project.ExternalId, org, StringComparison.Ordinal))
                {
                    findings.Add(new ConnectionFinding(
                        FindingKind.ProjectMismatch, kept.ExternalId, kept.Id, org,
                        $"lists project {projectId}, whose external id is {Quoted(project.ExternalId)}, not '{org}': that project's flows can use this org's credentials.",
                        isRepairable: false));
                }
            }

            if (rejected is not null && rejected.Contains(kept.Id))
            {
                findings.Add(new ConnectionFinding(
                    FindingKind.InvalidCredentials, kept.ExternalId, kept.Id, org,
                    $"was revalidated and the piece {kept.PieceName} rejected its stored credentials (revoked or expired), so its status is now {kept.Status}: upsert fresh credentials for the org (sync or ensure).",
                    isRepairable: false));
            }
            else if (!kept.Status.IsUsable)
            {
                findings.Add(new ConnectionFinding(
                    FindingKind.NotActive, kept.ExternalId, kept.Id, org,
                    $"has status {kept.Status}: pieces cannot use it until fresh credentials are upserted.",
                    isRepairable: false));
            }
        }

        foreach (var row in projectRows)
        {
            if (row.Scope != AppConnectionScope.Project)
            {
                continue;
            }

            foreach (var projectId in row.ProjectIds)
            {
                if (!resolvable.Contains((projectId, row.ExternalId)))
                {
                    continue;
                }

                var placeholder = row.Status == AppConnectionStatus.Missing;
                descriptor.TryGetExternalProjectId(row.ExternalId, out var org);
                findings.Add(new ConnectionFinding(
                    FindingKind.Shadowed, row.ExternalId, row.Id, org,
                    placeholder
                        ? $"a placeholder (PROJECT scope, status MISSING, piece {row.PieceName}) in project {projectId} has the same external id, so the piece's lookup may return it instead of the global connection."
                        : $"a PROJECT-scope row (status {row.Status}, piece {row.PieceName}) in project {projectId} has the same external id, so the piece's lookup may return it instead of the global connection; delete one of them.",
                    isRepairable: placeholder));
            }
        }

        findings.Sort(static (a, b) =>
        {
            var byExternalId = string.CompareOrdinal(a.ExternalId, b.ExternalId);
            if (byExternalId != 0)
            {
                return byExternalId;
            }

            var byKind = a.Kind.CompareTo(b.Kind);
            return byKind != 0 ? byKind : string.CompareOrdinal(a.ConnectionId, b.ConnectionId);
        });
        return new ConnectionAudit(descriptor, examined, liveProjects.Count, findings);
    }

    private static bool IsOwnRow(PredefinedConnectionDescriptor descriptor, AppConnection row) =>
        row.Scope == AppConnectionScope.Platform
        && string.Equals(row.PieceName, descriptor.PieceName, StringComparison.Ordinal)
        && descriptor.TryGetExternalProjectId(row.ExternalId, out _);

    private static string Listing(AppConnection row, Dictionary<string, Project> live)
    {
        var alive = row.ProjectIds.Count(live.ContainsKey);
        var dead = row.ProjectIds.Count - alive;
        return string.Create(CultureInfo.InvariantCulture, $"lists {alive} live and {dead} deleted project(s)");
    }

    private static string Quoted(string? externalId) => externalId is null ? "none" : "'" + externalId + "'";
}
