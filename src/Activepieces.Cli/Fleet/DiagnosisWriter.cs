using Activepieces.Cli.Output;

namespace Activepieces.Cli.Fleet;

/// <summary>Writes the result of <c>connections doctor</c>: the cause and what to do, or JSON.</summary>
internal static class DiagnosisWriter
{
    public static void WriteText(TextWriter output, string externalProjectId, ConnectionDiagnosis diagnosis)
    {
        output.WriteLine($"{externalProjectId}: {diagnosis.Cause}");
        output.WriteLine(diagnosis.Message);
    }

    /// <summary><c>{"resolves":bool,"cause":"…","projectId":…,"connectionId":…,"message":"…"}</c>.</summary>
    public static void WriteJson(TextWriter output, ConnectionDiagnosis diagnosis) =>
        ReportJson.Write(output, DiagnosisReport.From(diagnosis), ReportJsonContext.Default.DiagnosisReport, indented: false);
}
