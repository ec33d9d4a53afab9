using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Activepieces.Emulator.Http;

/// <summary>Writes JSON answers the way Fastify does (<c>application/json; charset=utf-8</c>, compact).</summary>
internal static class JsonResponse
{
    private const string ContentType = "application/json; charset=utf-8";

    /// <summary>Writes <paramref name="body"/> with <paramref name="statusCode"/>.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, JsonNode? body) =>
        WriteRawAsync(context, statusCode, body?.ToJsonString(JsonSerializerOptions.Default) ?? "null");

    /// <summary>Writes an already serialized JSON text verbatim.</summary>
    public static async Task WriteRawAsync(HttpContext context, int statusCode, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Answers 204 with an empty body.</summary>
    public static Task NoContent(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }
}
