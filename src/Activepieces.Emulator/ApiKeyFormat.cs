using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator;

/// <summary>
/// The format of Activepieces platform API keys: <c>sk-</c> followed by 61 characters from <c>[0-9A-Za-z]</c>
/// (64 characters in total).
/// </summary>
public static partial class ApiKeyFormat
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>Generates a new random API key with a cryptographically secure generator.</summary>
    /// <returns>A key such as <c>sk-</c> + 61 alphanumerics.</returns>
    public static string Generate() => "sk-" + RandomNumberGenerator.GetString(Alphabet, 61);

    /// <summary>Whether <paramref name="apiKey"/> has the format of a real Activepieces API key.</summary>
    /// <param name="apiKey">The candidate key.</param>
    /// <returns><see langword="true"/> for <c>sk-</c> + 61 alphanumerics.</returns>
    public static bool IsValid(string? apiKey) => apiKey is not null && Pattern().IsMatch(apiKey);

    [GeneratedRegex("^sk-[0-9A-Za-z]{61}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
