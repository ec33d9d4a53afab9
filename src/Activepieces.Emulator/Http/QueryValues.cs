using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Activepieces.Emulator.Http;

/// <summary>Reads query parameters that the query schema has already accepted.</summary>
internal static class QueryValues
{
    public static string? String(HttpContext context, string name)
    {
        var values = context.Request.Query[name];
        return values.Count == 0 ? null : values[0];
    }

    public static string RequiredString(HttpContext context, string name) =>
        String(context, name) ?? throw ApiErrors.SchemaValidation($"querystring/{name} Invalid input: expected string, received undefined");

    /// <summary>A repeated (<c>?status=A&amp;status=B</c>) or bracketed (<c>status[]=A</c>) parameter, as <c>qs</c> parses it.</summary>
    public static IReadOnlyList<string>? Array(HttpContext context, string name)
    {
        var values = context.Request.Query[name].Concat(context.Request.Query[name + "[]"])
            .Where(value => value is not null)
            .Select(value => value!)
            .ToArray();
        return values.Length == 0 ? null : values;
    }

    /// <summary>
    /// <c>limit</c>, coerced to a number like <c>z.coerce.number()</c>: absent or 0 (or any other value below 1) →
    /// <paramref name="defaultLimit"/>; <c>-1</c> → no limit (the paginator of <c>helper/pagination/paginator.ts</c>).
    /// </summary>
    public static int Limit(HttpContext context, int defaultLimit)
    {
        var text = String(context, "limit");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var limit))
        {
            return defaultLimit;
        }

        return limit switch
        {
            -1 => int.MaxValue,
            >= 1 => (int)Math.Min(limit, int.MaxValue),
            _ => defaultLimit,
        };
    }
}
