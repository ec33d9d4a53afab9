using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Identifiers;

/// <summary>Activepieces entity ids: 21 characters from <c>[0-9a-zA-Z]</c>, like the server's <c>apId()</c>.</summary>
internal static partial class ApId
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>Generates a new random id (CSPRNG).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 21);

    /// <summary>Whether <paramref name="value"/> is a well-formed id.</summary>
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^[0-9a-zA-Z]{21}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
