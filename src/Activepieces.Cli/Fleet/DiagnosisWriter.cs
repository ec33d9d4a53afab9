using System.Text.Encodings.Web;
using System.Text.Json;

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
    public static void WriteJson(TextWriter output, ConnectionDiagnosis diagnosis)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("resolves", diagnosis.Resolves);
            writer.WriteString("cause", diagnosis.Cause.ToString());
            writer.WriteString("projectId", diagnosis.ProjectId);
            writer.WriteString("connectionId", diagnosis.Connection?.Id);
            writer.WriteString("message", diagnosis.Message);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
