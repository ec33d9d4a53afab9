using System.Text.Json.Serialization;

namespace Activepieces.Cli.Fleet;

/// <summary>The <c>--json</c> report of <c>connections doctor</c>.</summary>
/// <param name="Resolves">Whether the piece's lookup resolves.</param>
/// <param name="Cause">The cause, by name (<c>Ok</c>, <c>ProjectMissing</c>, …).</param>
/// <param name="ProjectId">The org's project, when there is one.</param>
/// <param name="ConnectionId">The connection the lookup finds, when there is one.</param>
/// <param name="Message">What to do.</param>
internal sealed record DiagnosisReport(
    bool Resolves,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DiagnosisCause>))] DiagnosisCause Cause,
    string? ProjectId,
    string? ConnectionId,
    string Message)
{
    public static DiagnosisReport From(ConnectionDiagnosis diagnosis) =>
        new(diagnosis.Resolves, diagnosis.Cause, diagnosis.ProjectId, diagnosis.Connection?.Id, diagnosis.Message);
}
