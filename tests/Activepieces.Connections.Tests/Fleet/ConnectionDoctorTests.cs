using Activepieces.Fleet.Diagnose;
using static Activepieces.Tests.Fleet.FleetRows;

namespace Activepieces.Tests.Fleet;

public sealed class ConnectionDoctorTests
{
    [Fact]
    public void One_active_row_of_the_piece_resolves()
    {
        var row = Global("c1", "gelato_org_a", ["pA"]);
        var diagnosis = ConnectionDoctor.Diagnose(Descriptor, "org_a", "pA", [row, Global("c2", "mysql_org_a", ["pA"])], null);

        Assert.True(diagnosis.Resolves);
        Assert.Equal(DiagnosisCause.Ok, diagnosis.Cause);
        Assert.Same(row, diagnosis.Connection);
        Assert.Equal("pA", diagnosis.ProjectId);
    }

    [Fact]
    public void A_missing_project_says_to_sync_the_org()
    {
        var diagnosis = ConnectionDoctor.ProjectMissing(Descriptor, "org_a");

        Assert.False(diagnosis.Resolves);
        Assert.Equal(DiagnosisCause.ProjectMissing, diagnosis.Cause);
        Assert.Null(diagnosis.ProjectId);
        Assert.Contains("sync or ensure", diagnosis.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_row_anywhere_is_connection_missing_and_a_row_elsewhere_does_not_list_the_project()
    {
        var missing = ConnectionDoctor.Diagnose(Descriptor, "org_a", "pA", [], []);
        Assert.Equal(DiagnosisCause.ConnectionMissing, missing.Cause);
        Assert.Null(missing.Connection);

        var elsewhere = Global("old", "gelato_org_a", ["pDead"]);
        var notListing = ConnectionDoctor.Diagnose(Descriptor, "org_a", "pA", [], [Global("x", "gelato_org_b", ["pA"]), elsewhere]);
        Assert.Equal(DiagnosisCause.ConnectionDoesNotListProject, notListing.Cause);
        Assert.Same(elsewhere, notListing.Connection);
        Assert.Contains("repair", notListing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rows_the_worker_could_return_are_ambiguous_whatever_their_scope()
    {
        var diagnosis = ConnectionDoctor.Diagnose(
            Descriptor, "org_a", "pA", [Global("g", "gelato_org_a", ["pA"]), ProjectRow("ph", "gelato_org_a", "pA")], null);

        Assert.Equal(DiagnosisCause.Ambiguous, diagnosis.Cause);
        Assert.False(diagnosis.Resolves);
        Assert.Contains("ph (PROJECT, MISSING", diagnosis.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolved_row_of_another_piece_or_not_active_is_named()
    {
        var wrong = ConnectionDoctor.Diagnose(Descriptor, "org_a", "pA", [Global("w", "gelato_org_a", ["pA"], piece: "@activepieces/piece-mysql")], null);
        Assert.Equal(DiagnosisCause.WrongPiece, wrong.Cause);
        Assert.Contains("@activepieces/piece-mysql", wrong.Message, StringComparison.Ordinal);

        var error = ConnectionDoctor.Diagnose(Descriptor, "org_a", "pA", [Global("e", "gelato_org_a", ["pA"], status: "ERROR")], null);
        Assert.Equal(DiagnosisCause.NotActive, error.Cause);
        Assert.Contains("ERROR", error.Message, StringComparison.Ordinal);

        var placeholder = ConnectionDoctor.Diagnose(Descriptor, "org_a", "pA", [ProjectRow("ph", "gelato_org_a", "pA")], null);
        Assert.Equal(DiagnosisCause.NotActive, placeholder.Cause);
    }

    [Fact]
    public void A_row_visible_to_the_project_but_not_listing_it_does_not_count()
    {
        // The project's list returns rows listing the project; a row that does not is not what the worker finds.
        var diagnosis = ConnectionDoctor.Diagnose(Descriptor, "org_a", "pA", [Global("g", "gelato_org_a", ["pB"])], []);
        Assert.Equal(DiagnosisCause.ConnectionMissing, diagnosis.Cause);
    }
}
