using System.Buffers;
using System.Text.Json;

namespace Activepieces.Fleet.Sync;

/// <summary>
/// A piece's message about a credential it rejected, as a Sync failure may show it. A piece (or a server in front of it)
/// can repeat the rejected value, e.g. <c>bad key sk-…</c>, so every string of the org's value that is long enough to be
/// a secret is replaced with <c>***</c> before the message is kept.
/// </summary>
internal static class PieceMessages
{
    /// <summary>Strings shorter than this (a region code, <c>true</c>) are not treated as secrets.</summary>
    private const int MinimumSecretLength = 4;

    /// <summary>The piece's message of <paramref name="error"/> without the text of <paramref name="value"/>; null when there is none.</summary>
    /// <param name="error">The org's failure.</param>
    /// <param name="value">The credential the org's upsert sent.</param>
    /// <returns>The message to show, or null.</returns>
    public static string? Shown<TValue>(Exception error, TValue value)
        where TValue : IConnectionValue
    {
        if (error is not ActivepiecesApiException { PieceMessage: { Length: > 0 } message })
        {
            return null;
        }

        foreach (var text in StringsOf(value).OrderByDescending(s => s.Length))
        {
            message = message.Replace(text, "***", StringComparison.Ordinal);
        }

        return message;
    }

    private static List<string> StringsOf(IConnectionValue value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteValue(writer);
        }

        var strings = new List<string>();
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            // The auth type's wire name is no secret, and it may well appear in a message.
            if (!property.NameEquals("type"))
            {
                Collect(property.Value, strings);
            }
        }

        return strings;
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString() is { Length: >= MinimumSecretLength } text:
                strings.Add(text);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }
}
