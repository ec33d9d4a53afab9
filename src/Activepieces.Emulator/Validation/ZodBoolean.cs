using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary><c>z.boolean()</c>.</summary>
internal sealed class ZodBoolean : ZodSchema
{
    public override string? Validate(JsonElement value, string path) =>
        value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : MustBe(path, "boolean");
}
