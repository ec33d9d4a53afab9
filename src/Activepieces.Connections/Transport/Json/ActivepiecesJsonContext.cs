using System.Text.Json.Serialization;
using System.Text.Json;
using Activepieces.Resources.PieceSets;
using Activepieces.Transport;

namespace Activepieces.Transport.Json;

/// <summary>The source-generated JSON metadata of every type the client reads or writes with the serializer.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(SeekPage<Project>))]
[JsonSerializable(typeof(AppConnection))]
[JsonSerializable(typeof(SeekPage<AppConnection>))]
[JsonSerializable(typeof(PieceMetadata))]
[JsonSerializable(typeof(CreateProjectRequest))]
[JsonSerializable(typeof(UpdateProjectRequest))]
[JsonSerializable(typeof(GlobalConnectionUpdateRequest))]
[JsonSerializable(typeof(AppConnectionUpdateRequest))]
[JsonSerializable(typeof(PieceSet))]
[JsonSerializable(typeof(SeekPage<PieceSet>))]
[JsonSerializable(typeof(CreatePieceSetRequest))]
[JsonSerializable(typeof(UpdatePieceSetRequest))]
[JsonSerializable(typeof(DuplicatePieceSetBody))]
[JsonSerializable(typeof(AssignPieceSetProjectsBody))]
internal sealed partial class ActivepiecesJsonContext : JsonSerializerContext
{
}
