using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// <c>OptionalArrayFromQuery(item)</c>: absent is accepted, an array is checked item by item, a single value is
/// checked as a one-item array (<c>?status=ACTIVE</c> and <c>?status=ACTIVE&amp;status=ERROR</c> both work).
/// </summary>
internal sealed class ZodArrayFromQuery(ZodSchema item) : ZodSchema
{
    private readonly ZodArray _array = new(item);

    public override string? Validate(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Undefined => null,
        JsonValueKind.Array => _array.Validate(value, path),
        _ => item.Validate(value, $"{path}/0"),
    };
}
