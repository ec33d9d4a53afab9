using Activepieces.Cli.Drift;
using Activepieces.Cli.Fleet;

namespace Activepieces.Cli.Tests.Output;

/// <summary>
/// The exact <c>--json</c> text of every report, byte for byte (after line endings): property names and order, nulls,
/// enum spellings, indentation, and text that is not escaped. Scripts parse these; a change here breaks them.
/// </summary>
public sealed class ReportJsonTests
{
    private static readonly PredefinedConnectionDescriptor Gelato = new("@activepieces/piece-gelato", AuthType.SecretText, "gelato_", "Gelato");

    [Fact]
    public void The_drift_report_is_indented_with_camelCase_kinds_and_explicit_nulls()
    {
        IReadOnlyList<PieceCheckResult> results =
        [
            new("pieces\\drift.piece.json", "@activepieces/piece-drift", "1.0.0", "1.1.0", [new DriftFinding(DriftKind.PropAddedRequired, "CUSTOM_AUTH", "ssl", After: "CHECKBOX")], Updated: true),
            new("pieces/broken.piece.json", null, null, null, [], Error: "pieces/broken.piece.json: not valid JSON (line 1): it's <bad> & ü"),
        ];

        Assert.Equal(
            """
            {
              "breaking": true,
              "pieces": [
                {
                  "file": "pieces/drift.piece.json",
                  "piece": "@activepieces/piece-drift",
                  "pulledVersion": "1.0.0",
                  "currentVersion": "1.1.0",
                  "updated": true,
                  "error": null,
                  "breaking": true,
                  "findings": [
                    {
                      "kind": "propAddedRequired",
                      "auth": "CUSTOM_AUTH",
                      "prop": "ssl",
                      "before": null,
                      "after": "CHECKBOX",
                      "breaking": true
                    }
                  ]
                },
                {
                  "file": "pieces/broken.piece.json",
                  "piece": null,
                  "pulledVersion": null,
                  "currentVersion": null,
                  "updated": false,
                  "error": "pieces/broken.piece.json: not valid JSON (line 1): it's <bad> & ü",
                  "breaking": false,
                  "findings": []
                }
              ]
            }

            """,
            Write(output => DriftReportWriter.WriteJson(output, results)));
    }

    [Fact]
    public void The_audit_report_is_one_line_and_lists_repaired_rows_only_after_a_repair()
    {
        var orphan = new ConnectionFinding(FindingKind.Orphaned, "gelato_org_a", "c1", "org_a", "its project is gone; it's <stale> & ü", isRepairable: true);
        var inactive = new ConnectionFinding(FindingKind.NotActive, "gelato_org_h", null, null, "ERROR", isRepairable: false);
        var audit = new ConnectionAudit(Gelato, 4, 3, [orphan, inactive]);

        const string Findings = """{"connections":4,"projects":3,"findings":[{"kind":"Orphaned","externalId":"gelato_org_a","connectionId":"c1","externalProjectId":"org_a","detail":"its project is gone; it's <stale> & ü"},{"kind":"NotActive","externalId":"gelato_org_h","connectionId":null,"externalProjectId":null,"detail":"ERROR"}]""";
        Assert.Equal(Findings + "}\n", Write(output => AuditReportWriter.WriteJson(output, audit, repair: null)));
        Assert.Equal(Findings + ",\"repaired\":[\"c1\"]}\n", Write(output => AuditReportWriter.WriteJson(output, audit, new ConnectionRepair([orphan], [inactive]))));
        Assert.Equal(Findings + ",\"repaired\":[]}\n", Write(output => AuditReportWriter.WriteJson(output, audit, new ConnectionRepair([], [orphan, inactive]))));
    }

    [Fact]
    public void The_diagnosis_report_is_one_line_with_the_cause_by_name()
    {
        var diagnosis = new ConnectionDiagnosis(DiagnosisCause.ProjectMissing, null, null, "No project has external id org_a: it's <gone> & ü.");

        Assert.Equal(
            """{"resolves":false,"cause":"ProjectMissing","projectId":null,"connectionId":null,"message":"No project has external id org_a: it's <gone> & ü."}""" + "\n",
            Write(output => DiagnosisWriter.WriteJson(output, diagnosis)));
    }

    private static string Write(Action<TextWriter> write)
    {
        using var output = new StringWriter();
        write(output);
        return output.ToString().ReplaceLineEndings("\n");
    }
}
