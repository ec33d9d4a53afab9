using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Tests;

/// <summary>
/// Checks a response against the JSON-schema dumps of the real Zod response schemas (<c>Schemas/*.json</c>, copied
/// from the reference dumps of <c>@activepieces/shared@0.96.2</c>): required keys, no unknown keys, types, enums,
/// patterns. Enough of JSON Schema for these two schemas.
/// </summary>
internal static class ResponseSchemas
{
    public const string Connection = "AppConnectionWithoutSensitiveData";
    public const string Project = "ProjectWithLimits";

    public static void AssertMatches(string schemaName, JsonNode? value)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", schemaName + ".json")))!;
        var problems = new List<string>();
        Check(schema, value, "$", problems);
        Assert.True(problems.Count == 0, $"{schemaName}: " + string.Join("; ", problems));
    }

    private static void Check(JsonNode schema, JsonNode? value, string path, List<string> problems)
    {
        if (schema["anyOf"] is JsonArray anyOf)
        {
            var branchProblems = anyOf.Select(branch =>
            {
                var list = new List<string>();
                Check(branch!, value, path, list);
                return list;
            }).ToArray();
            if (branchProblems.All(list => list.Count > 0))
            {
                problems.Add($"{path}: matches no anyOf branch ({string.Join(" | ", branchProblems.SelectMany(list => list))})");
            }

            return;
        }

        var type = schema["type"]?.GetValue<string>();
        switch (type)
        {
            case "null" when value is not null:
                problems.Add($"{path}: expected null");
                return;
            case "string" when value is not JsonValue stringValue || !stringValue.TryGetValue<string>(out _):
                problems.Add($"{path}: expected string");
                return;
            case "number" when value is not JsonValue numberValue || !numberValue.TryGetValue<double>(out _):
                problems.Add($"{path}: expected number");
                return;
            case "boolean" when value is not JsonValue boolValue || !boolValue.TryGetValue<bool>(out _):
                problems.Add($"{path}: expected boolean");
                return;
            case "array" when value is not JsonArray:
                problems.Add($"{path}: expected array");
                return;
            case "object" when value is not JsonObject:
                problems.Add($"{path}: expected object");
                return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(item => item!.GetValue<string>() == value?.GetValue<string>()))
        {
            problems.Add($"{path}: '{value}' not in enum");
        }

        if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(value!.GetValue<string>(), pattern.GetValue<string>()))
        {
            problems.Add($"{path}: '{value}' does not match {pattern}");
        }

        if (value is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(items, array[i], $"{path}[{i}]", problems);
            }
        }

        if (value is JsonObject obj && schema["properties"] is JsonObject properties)
        {
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    problems.Add($"{path}: missing required '{required}'");
                }
            }

            foreach (var (name, child) in obj)
            {
                if (properties[name] is { } propertySchema)
                {
                    Check(propertySchema, child, $"{path}.{name}", problems);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    problems.Add($"{path}: unknown property '{name}'");
                }
            }
        }
    }
}
