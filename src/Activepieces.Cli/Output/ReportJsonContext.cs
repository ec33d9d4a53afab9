using System.Text.Json.Serialization;
using Activepieces.Cli.Drift;
using Activepieces.Cli.Fleet;

namespace Activepieces.Cli.Output;

/// <summary>
/// The <c>--json</c> contracts of every report, generated at compile time: property names are the camelCase of the
/// report types' members, in declaration order, and null values are written as <c>null</c>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DriftReport))]
[JsonSerializable(typeof(AuditReport))]
[JsonSerializable(typeof(DiagnosisReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
