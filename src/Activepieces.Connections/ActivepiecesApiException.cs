using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Activepieces;

/// <summary>
/// The Activepieces REST API answered with an error status. Carries the status, the Activepieces error
/// <see cref="Code"/> (<c>ENTITY_NOT_FOUND</c>, <c>VALIDATION</c>, … or a Fastify code such as
/// <c>FST_ERR_VALIDATION</c>), the raw <see cref="Params"/>, and the request method and path (no query, headers or bodies).
/// </summary>
public sealed class ActivepiecesApiException : Exception
{
    /// <summary>Creates an exception.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="code">The error code, if the body had one.</param>
    /// <param name="params">The raw <c>params</c> object, if any.</param>
    /// <param name="serverMessage">The Fastify <c>message</c> or <c>params.message</c>, if any.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path without the query.</param>
    public ActivepiecesApiException(HttpStatusCode statusCode, string? code, JsonElement? @params, string? serverMessage, string method, string path)
        : base(FormatMessage(statusCode, code, method, path))
    {
        StatusCode = statusCode;
        Code = code;
        Params = @params;
        ServerMessage = serverMessage;
        Method = method;
        Path = path;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public ActivepiecesApiException()
        : this("The Activepieces API returned an error.")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public ActivepiecesApiException(string message)
        : base(message)
    {
        Method = string.Empty;
        Path = string.Empty;
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ActivepiecesApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = string.Empty;
        Path = string.Empty;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// The error code: the Activepieces <c>code</c> (<c>ENTITY_NOT_FOUND</c>, <c>VALIDATION</c>, <c>AUTHENTICATION</c>, …)
    /// or the Fastify <c>code</c> (<c>FST_ERR_VALIDATION</c>); <see langword="null"/> when the body had none.
    /// </summary>
    public string? Code { get; }

    /// <summary>The raw <c>params</c> object of an Activepieces error, if any.</summary>
    public JsonElement? Params { get; }

    /// <summary>
    /// The server's human-readable message (Fastify <c>message</c> or <c>params.message</c>), if any. Not part of
    /// <see cref="Exception.Message"/> because the server may echo request data.
    /// </summary>
    public string? ServerMessage { get; }

    /// <summary>The request method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The request path without the query, e.g. <c>/api/v1/global-connections</c>.</summary>
    public string Path { get; }

    private static string FormatMessage(HttpStatusCode statusCode, string? code, string method, string path) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Activepieces API {method} {path} failed with HTTP {(int)statusCode} ({statusCode}){(code is null ? string.Empty : ", code " + code)}.");
}
