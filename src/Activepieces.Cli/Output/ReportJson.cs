using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Activepieces.Cli.Output;

/// <summary>Writes a <c>--json</c> report through its source-generated contract (<see cref="ReportJsonContext"/>).</summary>
internal static class ReportJson
{
    /// <summary>
    /// Writes <paramref name="report"/> and a line break. Non-ASCII text and characters such as <c>&lt;</c> or <c>'</c>
    /// are written as they are, not as <c>\u…</c> escapes: the output is read by people and scripts, never embedded in HTML.
    /// </summary>
    public static void Write<T>(TextWriter output, T report, JsonTypeInfo<T> contract, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, report, contract);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
