using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Validation;

/// <summary>Factory for <see cref="ZodSchema"/> trees, named after Zod so the mirror reads like the TypeScript source.</summary>
internal static class Zod
{
    /// <summary><c>z.string()</c>.</summary>
    public static ZodString String() => new();

    /// <summary><c>z.literal(value)</c>.</summary>
    public static ZodLiteral Literal(string value) => new(value);

    /// <summary><c>z.nativeEnum(E)</c> of a string enum.</summary>
    public static ZodLiteral Enum(params IReadOnlyList<string> values) => new(values);

    /// <summary><c>z.boolean()</c>.</summary>
    public static ZodBoolean Boolean() => new();

    /// <summary><c>z.number()</c>.</summary>
    public static ZodNumber Number() => new();

    /// <summary><c>z.record(z.string(), z.unknown())</c>: <c>Metadata</c> and connection <c>props</c>.</summary>
    public static ZodRecord Record() => new();

    /// <summary><c>z.array(item)</c>.</summary>
    public static ZodArray Array(ZodSchema item) => new(item);

    /// <summary><c>z.object({...})</c>.</summary>
    public static ZodObject Object(params (string Key, ZodSchema Schema)[] shape) => new(shape);

    /// <summary><c>z.union([...])</c> of objects told apart by the literal <paramref name="discriminator"/> key.</summary>
    public static ZodUnion Union(string discriminator, params ZodObject[] branches) => new(discriminator, branches);

    /// <summary><c>z.coerce.number()</c>.</summary>
    public static ZodCoercedNumber CoerceNumber() => new();

    /// <summary><c>OptionalArrayFromQuery(item)</c> (already optional).</summary>
    public static ZodArrayFromQuery ArrayFromQuery(ZodSchema item) => new(item);

    /// <summary><c>z.email()</c>: Zod 4's default email regex (ASCII, no leading/double dots, TLD of 2+ letters).</summary>
    public static ZodString Email() => String().Matches(EmailPattern, "format \"email\"");

    /// <summary><c>z.string().regex(new RegExp(SAFE_STRING_PATTERN))</c>, <c>SAFE_STRING_PATTERN = '^[^./]+$'</c>.</summary>
    public static ZodString SafeString() => String().Matches(SafeStringPattern, "pattern \"^[^./]+$\"");

    // JavaScript's `$` (no m flag) is the end of input: `\z` in .NET, whose `$` also matches before a final "\n".
    private static readonly Regex EmailPattern = new(
        @"^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-\.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}\z",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex SafeStringPattern = new(@"^[^./]+\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
