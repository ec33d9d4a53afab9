using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Activepieces;

/// <summary>
/// The Activepieces REST API answered with an error status. Carries the status, the Activepieces error
/// <see cref="Code"/> (<c>ENTITY_NOT_FOUND</c>, <c>VALIDATION</c>, … or a Fastify code such as
/// <c>FST_ERR_VALIDATION</c>), the raw <see cref="Params"/>, and the request method and path (no query, headers or bodies).
/// A call that got no answer is an <see cref="ActivepiecesUnavailableException"/> instead.
/// </summary>
/// <remarks>
/// A piece that rejected the credential (its <c>auth.validate()</c> failed: 400 <c>INVALID_APP_CONNECTION</c>) is
/// recognised by <see cref="IsPieceValidationFailure"/>, and the piece's own words are in <see cref="PieceMessage"/>.
/// </remarks>
public sealed class ActivepiecesApiException : ActivepiecesException
{
    /// <summary>The code of a piece's <c>auth.validate()</c> rejecting a credential.</summary>
    public const string InvalidAppConnectionCode = "INVALID_APP_CONNECTION";

    /// <summary>Creates an exception with a default message.</summary>
    public ActivepiecesApiException()
        : this("The Activepieces API returned an error.")
    {
    }

    /// <summary>Creates an exception; set the details (<see cref="StatusCode"/>, <see cref="Code"/>, …) in an initializer.</summary>
    /// <param name="message">The message; never holds keys, credentials or bodies.</param>
    public ActivepiecesApiException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with its cause; set the details in an initializer.</summary>
    /// <param name="message">The message; never holds keys, credentials or bodies.</param>
    /// <param name="innerException">The cause.</param>
    public ActivepiecesApiException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; init; }

    /// <summary>
    /// The error code: the Activepieces <c>code</c> (<c>ENTITY_NOT_FOUND</c>, <c>VALIDATION</c>, <c>AUTHENTICATION</c>, …)
    /// or the Fastify <c>code</c> (<c>FST_ERR_VALIDATION</c>); <see langword="null"/> when the body had none.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>The raw <c>params</c> object of an Activepieces error, if any.</summary>
    public JsonElement? Params { get; init; }

    /// <summary>
    /// The server's human-readable message (Fastify <c>message</c> or <c>params.message</c>), if any. Not part of
    /// <see cref="Exception.Message"/> because the server may echo request data.
    /// </summary>
    public string? ServerMessage { get; init; }

    /// <summary>The request method, e.g. <c>POST</c>.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>The request path without the query, e.g. <c>/api/v1/global-connections</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>
    /// True for answers that may change when the same call is made again later: 408, 429, 500, 502, 503 and 504 — unless
    /// <see cref="ActivepiecesException.OAuthCodeMayBeConsumed"/>.
    /// </summary>
    public override bool IsTransient => (int)StatusCode is 408 or 429 or 500 or 502 or 503 or 504 && !OAuthCodeMayBeConsumed;

    /// <summary>
    /// Whether the request was one the resilience pipeline may repeat (reads, deletes, updates, non-OAuth upserts): its
    /// 429 or 503 was then already retried there, so a caller's own loop (<c>SyncRun</c>) does not repeat it again.
    /// </summary>
    internal bool RequestRetrySafe { get; set; }

    /// <summary>
    /// Whether the piece rejected the credential: 400 <c>INVALID_APP_CONNECTION</c>, raised when the piece's
    /// <c>auth.validate()</c> fails during an upsert of a <c>SECRET_TEXT</c>, <c>BASIC_AUTH</c>, <c>CUSTOM_AUTH</c> or
    /// <c>OIDC</c> connection. Not transient: the same credential is rejected again. Show <see cref="PieceMessage"/> to
    /// the person who entered the credential.
    /// </summary>
    public bool IsPieceValidationFailure =>
        StatusCode == HttpStatusCode.BadRequest && string.Equals(Code, InvalidAppConnectionCode, StringComparison.Ordinal);

    /// <summary>
    /// The piece's own message of a <see cref="IsPieceValidationFailure"/> (<c>params.error</c>, e.g. "Invalid API key"),
    /// otherwise <see langword="null"/>. It comes from the piece, not from this client: the client never adds the
    /// credential to it, and it is not part of <see cref="Exception.Message"/>.
    /// </summary>
    public string? PieceMessage =>
        IsPieceValidationFailure
        && Params is { ValueKind: JsonValueKind.Object } p
        && p.TryGetProperty("error", out var error)
        && error.ValueKind == JsonValueKind.String
            ? error.GetString()
            : null;

    /// <summary>The exception of an answered error, with the message this library writes (method, path, status, code).</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="code">The error code, if the body had one.</param>
    /// <param name="params">The raw <c>params</c> object, if any.</param>
    /// <param name="serverMessage">The Fastify <c>message</c> or <c>params.message</c>, if any.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path without the query.</param>
    /// <param name="retryAfter">The delay a 429 or 503 answer asked for, if any.</param>
    /// <param name="oAuthCodeInRequest">
    /// Whether the request was an OAuth upsert; with a 408, 500, 502 or 504 answer its code may have been consumed.
    /// </param>
    /// <returns>The exception.</returns>
    internal static ActivepiecesApiException Create(
        HttpStatusCode statusCode,
        string? code,
        JsonElement? @params,
        string? serverMessage,
        string method,
        string path,
        TimeSpan? retryAfter,
        bool oAuthCodeInRequest)
    {
        var codeMayBeConsumed = oAuthCodeInRequest && MayHaveBeenProcessed(statusCode);
        return new ActivepiecesApiException(FormatMessage(statusCode, code, method, path) + (codeMayBeConsumed ? OAuthCodeNotice : string.Empty))
        {
            StatusCode = statusCode,
            Code = code,
            Params = @params,
            ServerMessage = serverMessage,
            Method = method,
            Path = path,
            RetryAfter = retryAfter,
            OAuthCodeMayBeConsumed = codeMayBeConsumed,
        };
    }

    /// <summary>
    /// Whether an answer leaves open that the server processed the request before failing: 408, 500, 502, 504. A 429 or
    /// 503 refuses the request.
    /// </summary>
    private static bool MayHaveBeenProcessed(HttpStatusCode statusCode) => (int)statusCode is 408 or 500 or 502 or 504;

    private static string FormatMessage(HttpStatusCode statusCode, string? code, string method, string path) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Activepieces API {method} {path} failed with HTTP {(int)statusCode} ({statusCode}){(code is null ? string.Empty : ", code " + code)}{Advice(statusCode)}.");

    /// <summary>
    /// What to do, for the statuses where the code alone does not say it: a 401 (<c>AUTHENTICATION</c>) or 403 means the
    /// instance refused the key, in the CLI's words (<see cref="ApiKeys.RefusedAdvice"/>).
    /// </summary>
    private static string Advice(HttpStatusCode statusCode) =>
        statusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? ": the instance refused the request; " + ApiKeys.RefusedAdvice + " (a platform API key of this instance)"
            : string.Empty;
}
