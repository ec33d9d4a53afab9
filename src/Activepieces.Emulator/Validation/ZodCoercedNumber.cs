using System.Text.Json;
using Activepieces.Emulator.Http;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// <c>z.coerce.number()</c>: <c>Number(value)</c> then <c>z.number()</c>. A repeated query parameter is an array, which
/// JavaScript turns into its comma-joined text (so two values or more are never a number, none is 0).
/// </summary>
internal sealed class ZodCoercedNumber : ZodSchema
{
    private static readonly ZodNumber Number = new();

    public override string? Validate(JsonElement value, string path)
    {
        var number = ToNumber(value);
        return double.IsFinite(number) ? Number.Check(number, path) : MustBe(path, "number");
    }

    private static double ToNumber(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JavaScriptNumber.FromString(JavaScriptStrings.Read(value)),
        JsonValueKind.Array => JavaScriptNumber.FromString(string.Join(',', value.EnumerateArray().Select(ToText))),
        JsonValueKind.Number => value.TryGetDouble(out var d) ? d : double.PositiveInfinity,
        JsonValueKind.True => 1,
        JsonValueKind.False or JsonValueKind.Null => 0,
        _ => double.NaN,
    };

    private static string ToText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => JavaScriptStrings.Read(element),
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.Object => "[object Object]",
        _ => element.GetRawText(),
    };
}
