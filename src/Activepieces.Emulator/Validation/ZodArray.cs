using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary><c>z.array(item)</c>.</summary>
internal sealed class ZodArray(ZodSchema item) : ZodSchema
{
    public override string? Validate(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return MustBe(path, "array");
        }

        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (item.Validate(element, $"{path}/{index}") is { } error)
            {
                return error;
            }

            index++;
        }

        return null;
    }
}
