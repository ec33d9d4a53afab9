using System.Text.Json;

namespace Activepieces.Emulator.Http;

/// <summary>
/// Reads fields of a request body that the request schema has already accepted. A field of the wrong JSON type
/// still answers a 400 naming it (a guard for schemas that are more lenient than the real ones), never a 500.
/// Unknown properties are ignored, as Zod strips them.
/// </summary>
internal static class JsonBody
{
    public static string RequiredString(JsonElement body, string name) =>
        OptionalString(body, name) ?? throw Invalid(name, "expected string, received undefined");

    public static string? OptionalString(JsonElement body, string name)
    {
        var property = Property(body, name);
        return property.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.String => JavaScriptStrings.Read(property),
            _ => throw Invalid(name, "expected string"),
        };
    }

    public static bool? OptionalBool(JsonElement body, string name)
    {
        var property = Property(body, name);
        return property.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(name, "expected boolean"),
        };
    }

    public static double? OptionalNumber(JsonElement body, string name)
    {
        var property = Property(body, name);
        return property.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.Number => property.GetDouble(),
            _ => throw Invalid(name, "expected number"),
        };
    }

    public static IReadOnlyList<string>? OptionalStringArray(JsonElement body, string name)
    {
        var property = Property(body, name);
        if (property.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.Array
            || property.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            throw Invalid(name, "expected array of strings");
        }

        return property.EnumerateArray().Select(JavaScriptStrings.Read).ToArray();
    }

    public static IReadOnlyList<string> RequiredStringArray(JsonElement body, string name) =>
        OptionalStringArray(body, name) ?? throw Invalid(name, "expected array, received undefined");

    /// <summary>An object-valued property as its raw JSON text, or <see langword="null"/> when absent or null.</summary>
    public static string? OptionalObjectJson(JsonElement body, string name)
    {
        var property = Property(body, name);
        return property.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.Object => JavaScriptStrings.ToNode(property)!.ToJsonString(),
            _ => throw Invalid(name, "expected object"),
        };
    }

    /// <summary>An object-valued property, required.</summary>
    public static JsonElement RequiredObject(JsonElement body, string name)
    {
        var property = Property(body, name);
        return property.ValueKind == JsonValueKind.Object
            ? property
            : throw Invalid(name, "expected object");
    }

    public static JsonElement Property(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) ? value : default;

    private static ApiErrorException Invalid(string name, string problem) =>
        ApiErrors.SchemaValidation($"body/{name} Invalid input: {problem}");
}
