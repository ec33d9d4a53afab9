using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Activepieces.Internal;

/// <summary>Serializes request bodies with source-generated metadata.</summary>
internal static class JsonBodies
{
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
}
