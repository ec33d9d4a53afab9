using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// <c>z.number()</c>, optionally <c>.int()</c> (a safe integer, |n| ≤ 2^53 − 1, as in Zod 4) and <c>.positive()</c>.
/// A JSON number that overflows a double is <c>Infinity</c> in JavaScript, which Zod 4 rejects.
/// </summary>
internal sealed class ZodNumber(bool integer = false, bool positive = false) : ZodSchema
{
    private const double MaxSafeInteger = 9007199254740991d;

    /// <summary><c>.int()</c>.</summary>
    public ZodNumber Int() => new(integer: true, positive);

    /// <summary><c>.positive()</c>.</summary>
    public ZodNumber Positive() => new(integer, positive: true);

    public override string? Validate(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? Check(number, path)
            : MustBe(path, "number");

    /// <summary>Checks an already converted finite number (shared with <see cref="ZodCoercedNumber"/>).</summary>
    public string? Check(double number, string path)
    {
        if (integer && (Math.Floor(number) != number || Math.Abs(number) > MaxSafeInteger))
        {
            return MustBe(path, "integer");
        }

        return positive && !(number > 0) ? $"{path} must be > 0" : null;
    }
}
