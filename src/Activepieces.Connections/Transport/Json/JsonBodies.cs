using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Activepieces.Transport.Json;

/// <summary>Serializes request bodies with source-generated metadata.</summary>
internal static class JsonBodies
{
    public static PooledJsonBody Serialize<T>(T value, JsonTypeInfo<T> typeInfo) =>
        PooledJsonBody.Write((Value: value, TypeInfo: typeInfo), static (writer, s) => JsonSerializer.Serialize(writer, s.Value, s.TypeInfo));
}
