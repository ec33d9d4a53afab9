using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary><c>z.record(z.string(), z.unknown())</c> (<c>Metadata</c>, <c>props</c>): any JSON object, whatever its values.</summary>
internal sealed class ZodRecord : ZodSchema
{
    public override string? Validate(JsonElement value, string path) => IsObject(value) ? null : MustBe(path, "object");
}
