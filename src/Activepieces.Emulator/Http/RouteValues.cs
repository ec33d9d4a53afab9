using Activepieces.Emulator.Identifiers;
using Microsoft.AspNetCore.Http;

namespace Activepieces.Emulator.Http;

/// <summary>Path parameters, validated like the routes' <c>params</c> schemas.</summary>
internal static class RouteValues
{
    /// <summary>The decoded path parameter <paramref name="name"/> (including an encoded <c>/</c>).</summary>
    public static string Get(HttpContext context, string name)
    {
        var value = context.Request.RouteValues[name] as string ?? string.Empty;
        return value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An <c>:id</c> that must be an ApId, else 400 <c>FST_ERR_VALIDATION</c>.</summary>
    public static string ApIdParameter(HttpContext context, string name = "id")
    {
        var value = Get(context, name);
        return ApId.IsValid(value)
            ? value
            : throw ApiErrors.SchemaValidation($"params/{name} Invalid string: must match pattern /^[0-9a-zA-Z]{{21}}$/");
    }
}
