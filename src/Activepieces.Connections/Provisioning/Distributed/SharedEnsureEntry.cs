using System.Buffers;
using System.Text.Json;
using Activepieces.Transport.Json;

namespace Activepieces.Provisioning.Distributed;

/// <summary>
/// What the shared cache holds for one ensured connection: the keyed fingerprint of the upsert body and the connection
/// as the server answered it (ids, names, type, scope, status: the server never returns the value). Written as
/// <c>{"fingerprint":"&lt;base64&gt;","connection":{…}}</c>.
/// </summary>
internal static class SharedEnsureEntry
{
    private static readonly JsonEncodedText FingerprintName = JsonEncodedText.Encode("fingerprint");
    private static readonly JsonEncodedText ConnectionName = JsonEncodedText.Encode("connection");

    public static byte[] Write(byte[] fingerprint, AppConnection connection)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBase64String(FingerprintName, fingerprint);
            writer.WritePropertyName(ConnectionName);
            JsonSerializer.Serialize(writer, connection, ActivepiecesJsonContext.Default.AppConnection);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The connection of an entry whose fingerprint equals <paramref name="fingerprint"/>; null otherwise or when unreadable.</summary>
    public static AppConnection? Read(byte[] entry, ReadOnlySpan<byte> fingerprint)
    {
        try
        {
            using var document = JsonDocument.Parse(entry);
            var root = document.RootElement;
            if (!root.TryGetProperty(FingerprintName.EncodedUtf8Bytes, out var stored)
                || !stored.TryGetBytesFromBase64(out var storedBytes)
                || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(storedBytes, fingerprint)
                || !root.TryGetProperty(ConnectionName.EncodedUtf8Bytes, out var connection))
            {
                return null;
            }

            return connection.Deserialize(ActivepiecesJsonContext.Default.AppConnection);
        }
        catch (JsonException)
        {
            return null; // written by another version: treated as a miss and overwritten
        }
    }
}
