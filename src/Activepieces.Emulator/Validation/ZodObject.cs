using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// <c>z.object({...})</c>: a JSON object whose declared keys satisfy their schemas. Unknown keys are accepted (Zod strips
/// them). When a key repeats in the JSON, the last occurrence counts, as with <c>JSON.parse</c>.
/// </summary>
internal sealed class ZodObject : ZodSchema
{
    private readonly (string Key, ZodSchema Schema)[] _shape;

    public ZodObject(params (string Key, ZodSchema Schema)[] shape) => _shape = shape;

    /// <summary>The schema of a declared key, or <see langword="null"/>.</summary>
    public ZodSchema? this[string key] => _shape.FirstOrDefault(f => f.Key == key).Schema;

    /// <summary><c>.omit({key: true, ...})</c>.</summary>
    public ZodObject Omit(params string[] keys) => new(_shape.Where(f => !keys.Contains(f.Key)).ToArray());

    /// <summary><c>.merge(other)</c> / <c>.extend({...})</c>: the other object's keys replace same-named keys.</summary>
    public ZodObject Merge(ZodObject other) =>
        new(_shape.Where(f => other[f.Key] is null).Concat(other._shape).ToArray());

    public override string? Validate(JsonElement value, string path)
    {
        if (!IsObject(value))
        {
            return MustBe(path, "object");
        }

        foreach (var (key, schema) in _shape)
        {
            var property = PropertyOrUndefined(value, key);
            if (property.ValueKind == JsonValueKind.Undefined && schema.Validate(property, path) is not null)
            {
                return $"{path} must have required property '{key}'";
            }

            if (schema.Validate(property, $"{path}/{key}") is { } error)
            {
                return error;
            }
        }

        return null;
    }
}
