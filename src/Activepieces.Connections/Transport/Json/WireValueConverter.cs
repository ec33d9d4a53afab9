using System.Text.Json;
using System.Text.Json.Serialization;

namespace Activepieces.Transport.Json;

/// <summary>Reads and writes an extensible enum as its wire string; an unknown string is kept, never rejected.</summary>
/// <typeparam name="T">The extensible enum.</typeparam>
internal sealed class WireValueConverter<T> : JsonConverter<T>
    where T : struct, IWireValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? T.FromWire(reader.GetString()!)
            : throw new JsonException($"Expected a string for {typeof(T).Name}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.WireValue);
}
