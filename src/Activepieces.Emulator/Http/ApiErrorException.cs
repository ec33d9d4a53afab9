using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Http;

/// <summary>
/// An error answered with a JSON body, like the real server's error handler: either an <c>ActivepiecesError</c>
/// (<c>{"code","params"}</c>) or a Fastify error (<c>{"statusCode","code"?,"error","message"}</c>).
/// Thrown by the routes and the state; written by <see cref="EmulatorMiddleware"/>.
/// </summary>
internal sealed class ApiErrorException : Exception
{
    public ApiErrorException(int statusCode, JsonObject body)
        : base($"HTTP {statusCode}")
    {
        StatusCode = statusCode;
        Body = body;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The JSON body.</summary>
    public JsonObject Body { get; }
}
