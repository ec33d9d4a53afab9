using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Http;

/// <summary>
/// JSON strings as the Node.js server ends up storing them. <c>JSON.parse</c> accepts escaped lone surrogates
/// (<c>"\ud800"</c>), which <see cref="JsonElement.GetString"/> refuses; UTF-8 encoding on the way to the database
/// then turns each lone surrogate into U+FFFD. This reads such strings the same way instead of failing.
/// </summary>
internal static class JavaScriptStrings
{
    /// <summary>The string value of <paramref name="element"/> (which must be a JSON string).</summary>
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return ReplaceLoneSurrogates(Unescape(element.GetRawText()));
        }
    }

    /// <summary>
    /// <paramref name="element"/> as a detached <see cref="JsonNode"/> whose strings (values and property names) are
    /// read with <see cref="Read"/>, so it can always be serialized again.
    /// </summary>
    public static JsonNode? ToNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject().Select(property =>
            KeyValuePair.Create(PropertyName(property), ToNode(property.Value)))),
        JsonValueKind.Array => new JsonArray(element.EnumerateArray().Select(ToNode).ToArray()),
        JsonValueKind.String => JsonValue.Create(Read(element)),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonNode.Parse(element.GetRawText()),
    };

    private static string PropertyName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            var raw = property.ToString();
            return ReplaceLoneSurrogates(Unescape(raw[..(raw.IndexOf("\":", StringComparison.Ordinal) + 1)]));
        }
    }

    private static string Unescape(string quoted)
    {
        var builder = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = quoted[++i];
            builder.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)ushort.Parse(quoted.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
                _ => escape,
            });
            if (escape == 'u')
            {
                i += 4;
            }
        }

        return builder.ToString();
    }

    private static string ReplaceLoneSurrogates(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
