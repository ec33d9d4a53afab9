using System.Globalization;
using System.Text;

namespace Activepieces.Emulator.Storage;

/// <summary>
/// Seek pagination like the server's paginator (<c>helper/pagination/pagination-utils.ts</c>): items in ascending order
/// of a sort key, a cursor is base64 of <c>next_…</c> or <c>prev_…</c> and is passed back verbatim. An undecodable
/// cursor reads as no cursor (the first page), as on the server.
/// </summary>
internal static class SeekPaginator
{
    private const string NextPrefix = "next_";
    private const string PreviousPrefix = "prev_";

    /// <summary>
    /// Pages <paramref name="items"/>, which must already be in ascending ordinal order of <paramref name="keyOf"/>
    /// (a unique key per item, e.g. <see cref="CreationKey"/>).
    /// </summary>
    public static SeekPage<T> Paginate<T>(
        IReadOnlyList<T> items,
        Func<T, string> keyOf,
        string? cursor,
        int limit)
    {
        var keys = items.Select(keyOf).ToArray();
        var (direction, boundary) = Decode(cursor);

        if (direction == PreviousPrefix)
        {
            var before = Enumerable.Range(0, items.Count).Where(i => string.CompareOrdinal(keys[i], boundary) < 0).ToArray();
            var page = before.Skip(Math.Max(0, before.Length - limit)).ToArray();
            return new SeekPage<T>(
                page.Select(i => items[i]).ToArray(),
                page.Length > 0 ? Encode(NextPrefix, keys[page[^1]]) : null,
                before.Length > limit ? Encode(PreviousPrefix, keys[page[0]]) : null);
        }

        var after = Enumerable.Range(0, items.Count)
            .Where(i => direction is null || string.CompareOrdinal(keys[i], boundary) > 0)
            .ToArray();
        var taken = after.Take(limit).ToArray();
        return new SeekPage<T>(
            taken.Select(i => items[i]).ToArray(),
            after.Length > limit ? Encode(NextPrefix, keys[taken[^1]]) : null,
            direction is not null && taken.Length > 0 ? Encode(PreviousPrefix, keys[taken[0]]) : null);
    }

    /// <summary>The sort key of "ascending by <c>created</c>", insertion order breaking ties.</summary>
    public static string CreationKey(DateTimeOffset created, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{created.UtcTicks:D19}.{sequence:D19}");

    private static string Encode(string prefix, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(prefix + key));

    private static (string? Direction, string Boundary) Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return (null, string.Empty);
        }

        var bytes = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            return (null, string.Empty);
        }

        var text = Encoding.UTF8.GetString(bytes, 0, written);
        foreach (var prefix in new[] { NextPrefix, PreviousPrefix })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (prefix, text[prefix.Length..]);
            }
        }

        return (null, string.Empty);
    }
}
