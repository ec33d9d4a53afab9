using System.Text;

namespace Activepieces.Transport;

/// <summary>Escapes ids for URL paths and query strings, rejecting those that cannot round-trip.</summary>
internal static class UrlSegment
{
    /// <summary>The longest id accepted in a URL.</summary>
    public const int MaxLength = 2048;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Validates <paramref name="value"/> and percent-encodes it as one path segment or query value.</summary>
    /// <param name="value">The id.</param>
    /// <param name="paramName">The name of the argument, for the exception.</param>
    /// <returns>The escaped text.</returns>
    /// <exception cref="ArgumentException">The id is empty, too long, a dot segment or not valid UTF-16.</exception>
    public static string Escape(string value, string paramName)
    {
        Validate(value, paramName);
        return Uri.EscapeDataString(value);
    }

    /// <summary>Validates an id that goes into a URL.</summary>
    /// <param name="value">The id.</param>
    /// <param name="paramName">The name of the argument, for the exception.</param>
    /// <exception cref="ArgumentException">The id is empty, too long, a dot segment or not valid UTF-16.</exception>
    public static void Validate(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, paramName);
        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"The value is longer than {MaxLength} characters.", paramName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException("The value must not be '.' or '..' (a URL dot segment).", paramName);
        }

        try
        {
            _ = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException)
        {
            throw new ArgumentException("The value is not valid UTF-16 (it has an unpaired surrogate).", paramName);
        }
    }
}
