using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// Reads a JSON string value as JavaScript sees it. JSON may escape a lone UTF-16 surrogate (<c>"\ud800"</c>), which
/// <c>JSON.parse</c> keeps as is but <see cref="JsonElement.GetString"/> refuses; such strings are decoded here.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The string value of <paramref name="value"/> (which must be a JSON string), lone surrogates included.</summary>
    public static string Read(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>Decodes the raw JSON text of a string (quotes included) escape by escape.</summary>
    private static string Unescape(string raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                text.Append(raw[i]);
                continue;
            }

            i++;
            text.Append(raw[i] switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                var escaped => escaped,
            });
            if (raw[i] == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }
}
