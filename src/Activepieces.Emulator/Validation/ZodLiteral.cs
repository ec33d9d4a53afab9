using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary><c>z.literal("X")</c> and <c>z.nativeEnum(E)</c> of string values: one of the given strings, case-sensitive.</summary>
internal sealed class ZodLiteral(params IReadOnlyList<string> allowed) : ZodSchema
{
    /// <summary>The accepted values.</summary>
    public IReadOnlyList<string> Allowed { get; } = allowed;

    public override string? Validate(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String && Allowed.Any(value.ValueEquals)
            ? null
            : Allowed.Count == 1
                ? $"{path} must be equal to constant '{Allowed[0]}'"
                : $"{path} must be equal to one of the allowed values ({string.Join(", ", Allowed)})";
}
