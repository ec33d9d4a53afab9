using System.Text.Json;
using System.Text.Json.Nodes;

namespace Activepieces.Contract.Tests.Support;

/// <summary>
/// Shape checks written by hand from the reference (§11) for answers that no npm schema describes: an object has exactly
/// the named keys, each of the named JSON kind (<see cref="JsonValueKind.Null"/> allowed where listed as nullable).
/// </summary>
internal static class ShapeAssert
{
    /// <summary>Fails unless <paramref name="node"/> is an object with exactly the keys of <paramref name="shape"/>, each of its kinds.</summary>
    public static void HasExactly(JsonNode? node, string what, params (string Key, JsonValueKind[] Kinds)[] shape)
    {
        var json = Assert.IsType<JsonObject>(node, exactMatch: false);
        Assert.Equal(shape.Select(field => field.Key).Order(StringComparer.Ordinal), json.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        foreach (var (key, kinds) in shape)
        {
            var kind = json[key]?.GetValueKind() ?? JsonValueKind.Null;
            Assert.True(kinds.Contains(kind), $"{what}.{key} is {kind}, expected {string.Join(" or ", kinds)}");
        }
    }

    /// <summary>A string.</summary>
    public static readonly JsonValueKind[] AString = [JsonValueKind.String];

    /// <summary>A string or null.</summary>
    public static readonly JsonValueKind[] StringOrNull = [JsonValueKind.String, JsonValueKind.Null];

    /// <summary>A boolean.</summary>
    public static readonly JsonValueKind[] ABoolean = [JsonValueKind.True, JsonValueKind.False];

    /// <summary>An array.</summary>
    public static readonly JsonValueKind[] AnArray = [JsonValueKind.Array];

    /// <summary>An object.</summary>
    public static readonly JsonValueKind[] AnObject = [JsonValueKind.Object];

    /// <summary>An object or null.</summary>
    public static readonly JsonValueKind[] ObjectOrNull = [JsonValueKind.Object, JsonValueKind.Null];
}
