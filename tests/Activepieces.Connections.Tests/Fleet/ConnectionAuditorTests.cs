using Activepieces.Fleet.Audit;
using static Activepieces.Tests.Fleet.FleetRows;

namespace Activepieces.Tests.Fleet;

public sealed class ConnectionAuditorTests
{
    private static readonly Project[] Live =
    [
        Project("pA", "org_a"), Project("pB", "org_b"), Project("pC", "org_c"), Project("pX", "other"), Project("pPersonal", null),
    ];

    [Fact]
    public void A_clean_fleet_has_no_findings_and_counts_only_prefixed_rows()
    {
        AppConnection[] global =
        [
            Global("c1", "gelato_org_a", ["pA"]),
            Global("c2", "gelato_org_b", ["pB"]),
            Global("c3", "mysql_org_a", ["pA"], piece: "@activepieces/piece-mysql"),
            Global("c4", "gelato_", ["pA"]), // the prefix alone names no org
        ];

        var audit = ConnectionAuditor.Classify(Descriptor, global, Live, []);

        Assert.Empty(audit.Findings);
        Assert.Equal(2, audit.Connections);
        Assert.Equal(5, audit.Projects);
    }

    [Fact]
    public void A_row_that_lists_only_deleted_projects_is_orphaned()
    {
        var audit = ConnectionAuditor.Classify(Descriptor, [Global("c1", "gelato_gone", ["pDead"]), Global("c2", "gelato_none", [])], Live, []);

        Assert.Collection(
            audit.Findings,
            f => AssertFinding(f, FindingKind.Orphaned, "gelato_gone", "c1", "gone", repairable: true),
            f => AssertFinding(f, FindingKind.Orphaned, "gelato_none", "c2", "none", repairable: true));
        Assert.Contains("lists 0 live and 1 deleted project(s)", audit.Findings[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_a_recreated_project_the_row_listing_the_live_project_is_kept_and_the_old_one_is_a_duplicate()
    {
        // The old row is newer (updated later) but lists only the deleted project: the live one wins.
        AppConnection[] global = [Global("new", "gelato_org_a", ["pA"], minutes: 1), Global("old", "gelato_org_a", ["pDead"], minutes: 5)];

        var audit = ConnectionAuditor.Classify(Descriptor, global, Live, []);

        var finding = Assert.Single(audit.Findings);
        AssertFinding(finding, FindingKind.Duplicate, "gelato_org_a", "old", "org_a", repairable: true);
        Assert.Contains("row new", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_duplicates_that_all_list_the_live_project_the_active_then_newest_row_is_kept()
    {
        AppConnection[] global =
        [
            Global("older", "gelato_org_a", ["pA"], minutes: 1),
            Global("newer", "gelato_org_a", ["pA", "pB"], minutes: 2),
            Global("broken", "gelato_org_a", ["pA"], status: "ERROR", minutes: 3),
        ];

        var audit = ConnectionAuditor.Classify(Descriptor, global, Live, []);

        // "newer" is kept; it also lists org_b's project, which is a mismatch of its own.
        Assert.Collection(
            audit.Findings,
            f => AssertFinding(f, FindingKind.Duplicate, "gelato_org_a", "broken", "org_a", repairable: true),
            f => AssertFinding(f, FindingKind.Duplicate, "gelato_org_a", "older", "org_a", repairable: true),
            f => AssertFinding(f, FindingKind.ProjectMismatch, "gelato_org_a", "newer", "org_a", repairable: false));
    }

    [Fact]
    public void A_row_listing_another_orgs_project_is_a_mismatch_and_an_error_row_is_not_active()
    {
        AppConnection[] global =
        [
            Global("c1", "gelato_org_a", ["pX"]),
            Global("c2", "gelato_org_b", ["pB"], status: "ERROR"),
            Global("c3", "gelato_org_c", ["pPersonal"], status: "MISSING"),
        ];

        var audit = ConnectionAuditor.Classify(Descriptor, global, Live, []);

        Assert.Collection(
            audit.Findings,
            f => AssertFinding(f, FindingKind.ProjectMismatch, "gelato_org_a", "c1", "org_a", repairable: false),
            f => AssertFinding(f, FindingKind.NotActive, "gelato_org_b", "c2", "org_b", repairable: false),
            f => AssertFinding(f, FindingKind.ProjectMismatch, "gelato_org_c", "c3", "org_c", repairable: false),
            f => AssertFinding(f, FindingKind.NotActive, "gelato_org_c", "c3", "org_c", repairable: false));
        Assert.Contains("'other'", audit.Findings[0].Detail, StringComparison.Ordinal);
        Assert.Contains("whose external id is none", audit.Findings[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefixed_row_of_another_piece_is_wrong_piece_and_not_judged_as_ours()
    {
        AppConnection[] global =
        [
            Global("c1", "gelato_org_a", ["pA"]),
            Global("c2", "gelato_org_a", ["pDead"], status: "ERROR", piece: "@activepieces/piece-mysql"),
        ];

        var audit = ConnectionAuditor.Classify(Descriptor, global, Live, []);

        var finding = Assert.Single(audit.Findings);
        AssertFinding(finding, FindingKind.WrongPiece, "gelato_org_a", "c2", "org_a", repairable: false);
        Assert.Contains("@activepieces/piece-mysql", finding.Detail, StringComparison.Ordinal);
        Assert.Equal(2, audit.Connections);
    }

    [Fact]
    public void Project_rows_shadow_only_where_a_kept_global_row_resolves_and_only_placeholders_are_repairable()
    {
        AppConnection[] global = [Global("g1", "gelato_org_a", ["pA"]), Global("g2", "gelato_org_b", ["pB"]), Global("g3", "gelato_gone", ["pDead"])];
        AppConnection[] projectRows =
        [
            ProjectRow("ph", "gelato_org_a", "pA"),                       // placeholder where g1 resolves
            ProjectRow("own", "gelato_org_b", "pB", status: "ACTIVE"),    // a real project connection where g2 resolves
            ProjectRow("elsewhere", "gelato_org_a", "pC"),                // no global row lists pC
        ];

        var audit = ConnectionAuditor.Classify(Descriptor, global, Live, projectRows);

        Assert.Collection(
            audit.Findings,
            f => AssertFinding(f, FindingKind.Orphaned, "gelato_gone", "g3", "gone", repairable: true),
            f => AssertFinding(f, FindingKind.Shadowed, "gelato_org_a", "ph", "org_a", repairable: true),
            f => AssertFinding(f, FindingKind.Shadowed, "gelato_org_b", "own", "org_b", repairable: false));
    }

    [Fact]
    public void The_projects_to_scan_are_the_live_projects_the_pieces_prefixed_rows_list()
    {
        AppConnection[] global =
        [
            Global("g1", "gelato_org_a", ["pA", "pDead"]),
            Global("g2", "gelato_org_b", ["pB", "pA"]),
            Global("g3", "mysql_org_c", ["pC"], piece: "@activepieces/piece-mysql"),
            Global("g4", "gelato_org_c", ["pC"], piece: "@activepieces/piece-mysql"),
        ];

        Assert.Equal(["pA", "pB"], ConnectionAuditor.ProjectsToScan(Descriptor, global, Live));
    }

    private static void AssertFinding(ConnectionFinding finding, FindingKind kind, string externalId, string connectionId, string org, bool repairable)
    {
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(externalId, finding.ExternalId);
        Assert.Equal(connectionId, finding.ConnectionId);
        Assert.Equal(org, finding.ExternalProjectId);
        Assert.Equal(repairable, finding.IsRepairable);
        Assert.False(string.IsNullOrWhiteSpace(finding.Detail));
    }
}
