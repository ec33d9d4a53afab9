using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// A node of a schema tree that mirrors one Zod 4 schema of <c>@activepieces/shared</c>: it accepts exactly what the
/// real <c>safeParse</c> accepts. An absent key is a <see cref="JsonElement"/> whose kind is
/// <see cref="JsonValueKind.Undefined"/> (<c>undefined</c> in JavaScript), distinct from JSON <c>null</c>.
/// </summary>
/// <remarks>Build trees with <see cref="Zod"/>; the messages follow Fastify's <c>body/&lt;path&gt; &lt;what&gt;</c> style.</remarks>
internal abstract class ZodSchema
{
    /// <summary>Returns <see langword="null"/> when the value is accepted, otherwise the first problem found.</summary>
    /// <param name="value">The value; <see cref="JsonValueKind.Undefined"/> when the key is absent.</param>
    /// <param name="path">Where the value sits, e.g. <c>body/value</c>; named in the message.</param>
    public abstract string? Validate(JsonElement value, string path);

    /// <summary>Also accepts an absent value (<c>.optional()</c>).</summary>
    public ZodSchema Optional() => new ZodOptional(this);

    /// <summary>Also accepts <c>null</c> (<c>.nullable()</c>).</summary>
    public ZodSchema Nullable() => new ZodNullable(this);

    /// <summary>The message for a value of the wrong JSON type.</summary>
    protected static string MustBe(string path, string what) => $"{path} must be {what}";

    /// <summary>True when the value is present (not <c>undefined</c>).</summary>
    protected static bool IsPresent(JsonElement value) => value.ValueKind != JsonValueKind.Undefined;

    /// <summary>True for a JSON object (Zod's objects and records reject arrays and null).</summary>
    protected static bool IsObject(JsonElement value) => value.ValueKind == JsonValueKind.Object;

    /// <summary>
    /// The value of <paramref name="key"/> in a JSON object, or <see cref="JsonValueKind.Undefined"/> when absent. When the
    /// key repeats, the last occurrence wins, as with <c>JSON.parse</c>.
    /// </summary>
    protected static JsonElement PropertyOrUndefined(JsonElement obj, string key)
    {
        var found = default(JsonElement);
        foreach (var property in obj.EnumerateObject())
        {
            if (property.NameEquals(key))
            {
                found = property.Value;
            }
        }

        return found;
    }

    private sealed class ZodOptional(ZodSchema inner) : ZodSchema
    {
        public override string? Validate(JsonElement value, string path) =>
            IsPresent(value) ? inner.Validate(value, path) : null;
    }

    private sealed class ZodNullable(ZodSchema inner) : ZodSchema
    {
        public override string? Validate(JsonElement value, string path) =>
            value.ValueKind == JsonValueKind.Null ? null : inner.Validate(value, path);
    }
}
