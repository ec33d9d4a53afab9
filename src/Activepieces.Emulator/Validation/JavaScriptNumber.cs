using System.Globalization;
using System.Numerics;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// JavaScript's <c>Number(string)</c> (ECMAScript StringToNumber), which <c>z.coerce.number()</c> applies to query
/// parameters: surrounding white space is trimmed, an empty string is 0, <c>0x</c>/<c>0o</c>/<c>0b</c> prefixes are
/// unsigned integers, <c>Infinity</c> is allowed, anything else must be a decimal literal (no <c>_</c>, no trailing junk).
/// Invalid text gives <see cref="double.NaN"/>.
/// </summary>
internal static class JavaScriptNumber
{
    /// <summary>Converts like <c>Number(text)</c>.</summary>
    public static double FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = TrimJavaScriptWhiteSpace(text);
        if (s.Length == 0)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && RadixOf(s[1]) is { } radix)
        {
            return ParseUnsignedInteger(s.AsSpan(2), radix);
        }

        var unsigned = s[0] is '+' or '-' ? s.AsSpan(1) : s.AsSpan();
        if (unsigned.SequenceEqual("Infinity"))
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return IsDecimalLiteral(unsigned) ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static int? RadixOf(char prefix) => prefix switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => null,
    };

    private static double ParseUnsignedInteger(ReadOnlySpan<char> digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return double.NaN;
            }

            value = (value * radix) + digit;
        }

        return (double)value;
    }

    /// <summary>StrUnsignedDecimalLiteral: digits [. digits?] | . digits, then an optional exponent.</summary>
    private static bool IsDecimalLiteral(ReadOnlySpan<char> s)
    {
        var i = 0;
        var integerDigits = CountDigits(s, ref i);
        var fractionDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fractionDigits = CountDigits(s, ref i);
        }

        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(s, ref i) == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    private static int CountDigits(ReadOnlySpan<char> s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>ECMAScript WhiteSpace and LineTerminator: TAB, VT, FF, ZWNBSP, every Zs, LF, CR, LS, PS.</summary>
    private static string TrimJavaScriptWhiteSpace(string text)
    {
        static bool IsWhiteSpace(char c) =>
            c is '\t' or '\v' or '\f' or '\uFEFF' or '\n' or '\r' or '\u2028' or '\u2029'
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }
}
