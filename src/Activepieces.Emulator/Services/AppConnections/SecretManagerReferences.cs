using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// Secret-manager references in connection values: a string that is exactly <c>{{&lt;managerId&gt;|ap_sep_v1|&lt;path&gt;}}</c>
/// is resolved by the server at upsert and on the worker read, and the connection reports
/// <c>usingSecretManager: true</c> (<c>ee/secret-managers/</c>). The emulator has no secret manager: it resolves a
/// reference to the deterministic fake <c>emulated-secret-&lt;first 24 hex of sha256(managerId|path)&gt;</c>
/// (see <see cref="FakeValue"/>) and stores the reference itself.
/// </summary>
internal static partial class SecretManagerReferences
{
    /// <summary>Whether any string in the value JSON is a reference.</summary>
    public static bool AnyIn(string valueJson) => Strings(JsonNode.Parse(valueJson)).Any(text => Reference().IsMatch(text));

    /// <summary>The value JSON with every reference replaced by its fake resolved value.</summary>
    public static string Resolve(string valueJson)
    {
        var node = JsonNode.Parse(valueJson);
        return (Replace(node) ?? node)?.ToJsonString() ?? "null";
    }

    /// <summary>The value the emulator resolves <c>{{managerId|ap_sep_v1|path}}</c> to.</summary>
    public static string FakeValue(string managerId, string path) =>
        "emulated-secret-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(managerId + "|" + path)))[..24];

    private static JsonNode? Replace(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(pair => pair.Key).ToArray())
                {
                    if (Replace(obj[name]) is { } replaced)
                    {
                        obj[name] = replaced;
                    }
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Replace(array[i]) is { } replaced)
                    {
                        array[i] = replaced;
                    }
                }

                return null;
            case JsonValue value when value.TryGetValue<string>(out var text) && Reference().Match(text) is { Success: true } match:
                return JsonValue.Create(FakeValue(match.Groups["manager"].Value, match.Groups["path"].Value));
            default:
                return null;
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => Strings(pair.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    [GeneratedRegex(@"^\{\{(?<manager>[^|{}]+)\|ap_sep_v1\|(?<path>[^{}]+)\}\}$", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
