using System.Globalization;

namespace Activepieces.Emulator.Http;

/// <summary>Timestamps as JavaScript's <c>Date.toISOString()</c> writes them (<c>2026-01-31T12:00:00.000Z</c>).</summary>
internal static class IsoTime
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
