using System.Net;
using System.Text.Json;

namespace Activepieces.Transport;

/// <summary>
/// Turns an error response into an <see cref="ActivepiecesApiException"/>, reading both error shapes: the Activepieces
/// <c>{code, params}</c> and Fastify's <c>{statusCode, error, message, code?}</c>. A non-JSON body gives no code.
/// </summary>
internal static class ApiErrorReader
{
    public static ActivepiecesApiException Read(HttpStatusCode status, ReadOnlySpan<byte> body, string method, string path, TimeSpan? retryAfter = null, bool oAuthCodeInRequest = false)
    {
        string? code = null;
        string? message = null;
        JsonElement? parameters = null;
        if (!body.IsEmpty)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (JsonDocument.TryParseValue(ref reader, out var document))
                {
                    using (document)
                    {
                        var root = document.RootElement;
                        if (root.ValueKind == JsonValueKind.Object)
                        {
                            code = GetString(root, "code");
                            message = GetString(root, "message");
                            if (root.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null)
                            {
                                parameters = p.Clone();
                                if (message is null && p.ValueKind == JsonValueKind.Object)
                                {
                                    message = GetString(p, "message");
                                }
                            }
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page, plain text): the status alone describes the error.
            }
        }

        return ActivepiecesApiException.Create(status, code, parameters, message, method, path, retryAfter, oAuthCodeInRequest);
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
