using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// The query as the real server hands it to Zod: its Fastify instance uses <c>querystringParser: qs.parse</c>
/// (qs 6.14). From already decoded name → values pairs this rebuilds what matters for validation: a name with one
/// value is a string, a repeated name an array; <c>name[]</c> and <c>name[i]</c> (canonical i &lt; 20, qs's
/// <c>arrayLimit</c>) add array items; any other bracket (<c>name[x]</c>, <c>name[20]</c>, <c>name[01]</c>,
/// <c>name[a][b]</c>) makes <c>name</c> an object, and so does an array of more than 20 items (qs's overflow object).
/// Names are case-sensitive, as in qs.
/// </summary>
internal static partial class QsQuery
{
    private const int ArrayLimit = 20;

    /// <summary>The parsed query as a JSON object (name → string, array or object).</summary>
    public static JsonElement Parse(IReadOnlyDictionary<string, string[]> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            var match = Bracketed().Match(name);
            var baseName = match.Success ? match.Groups["base"].Value : name;
            if (!parameters.TryGetValue(baseName, out var parameter))
            {
                parameters[baseName] = parameter = new Parameter();
            }

            if (!match.Success)
            {
                parameter.Add(values, asArray: false);
            }
            else if (match.Groups["rest"].Length == 0 && IsArrayIndex(match.Groups["inner"].Value))
            {
                parameter.Add(values.Length == 1 || match.Groups["inner"].Length == 0 ? values : [string.Join(',', values)], asArray: true);
            }
            else
            {
                parameter.IsObject = true;
            }
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, parameter) in parameters)
            {
                writer.WritePropertyName(name);
                parameter.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary><c>[]</c>, or a canonical decimal index below the limit (<c>String(parseInt(x)) === x</c>, <c>index &lt; 20</c>).</summary>
    private static bool IsArrayIndex(string inner) =>
        inner.Length == 0
        || (inner.All(char.IsAsciiDigit)
            && (inner == "0" || inner[0] != '0')
            && int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < ArrayLimit);

    [GeneratedRegex(@"^(?<base>[^\[\]]+)\[(?<inner>[^\[\]]*)\](?<rest>.*)\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Bracketed();

    /// <summary>What qs builds for one base name.</summary>
    private sealed class Parameter
    {
        private readonly List<string> _values = [];
        private bool _isArray;

        public bool IsObject { get; set; }

        public void Add(string[] values, bool asArray)
        {
            _values.AddRange(values);
            _isArray |= asArray || _values.Count > 1;
        }

        public void WriteTo(Utf8JsonWriter writer)
        {
            if (IsObject || (_isArray && _values.Count > ArrayLimit))
            {
                // Its content never matters: every declared query field rejects an object.
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else if (_isArray)
            {
                writer.WriteStartArray();
                foreach (var value in _values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }
            else
            {
                writer.WriteStringValue(_values.Count == 0 ? string.Empty : _values[0]);
            }
        }
    }
}
