using System.Text.Json;
using System.Text.RegularExpressions;
using Activepieces.Emulator.Http;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// <c>z.string()</c>, optionally with <c>.min(n)</c> and <c>.regex(r)</c> (both over UTF-16 code units, like JavaScript).
/// Escaped lone surrogates are read as U+FFFD (<see cref="JavaScriptStrings"/>): one code unit for one, and never a
/// <c>.</c>, <c>/</c> or ASCII letter, so lengths and the patterns decide as they do on the original string.
/// </summary>
internal sealed class ZodString : ZodSchema
{
    private readonly int _minLength;
    private readonly Regex? _pattern;
    private readonly string? _patternName;

    public ZodString(int minLength = 0, Regex? pattern = null, string? patternName = null)
    {
        _minLength = minLength;
        _pattern = pattern;
        _patternName = patternName;
    }

    /// <summary><c>.min(n)</c>.</summary>
    public ZodString Min(int minLength) => new(minLength, _pattern, _patternName);

    /// <summary><c>.regex(r)</c>; <paramref name="pattern"/> must be the .NET equivalent of the JavaScript regex.</summary>
    public ZodString Matches(Regex pattern, string patternName) => new(_minLength, pattern, patternName);

    public override string? Validate(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return MustBe(path, "string");
        }

        var text = JavaScriptStrings.Read(value);
        if (text.Length < _minLength)
        {
            return $"{path} must NOT have fewer than {_minLength} characters";
        }

        return _pattern is not null && !_pattern.IsMatch(text) ? $"{path} must match {_patternName}" : null;
    }
}
