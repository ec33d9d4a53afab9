using System.Globalization;
using Activepieces;

namespace Gelato.Backend;

/// <summary>
/// Turns a failed Activepieces call into the backend's answer, so that no Activepieces failure is ever a 500:
/// <list type="bullet">
/// <item>no answer (<see cref="ActivepiecesUnavailableException"/>: outage, timeout, open circuit, rate limiter) or a
/// transient answer (429, 5xx) → 503 with <c>Retry-After</c>;</item>
/// <item>the piece rejected the customer's credential (<see cref="ActivepiecesApiException.IsPieceValidationFailure"/>)
/// → 422 with the piece's message, for the customer to fix their settings;</item>
/// <item>any other answered error → 502.</item>
/// </list>
/// The details name method, path, status and code only: the exceptions never carry keys or credentials.
/// </summary>
public static partial class ActivepiecesFailureResponse
{
    /// <summary>
    /// The <c>Retry-After</c> sent when the failure names none (no answer, circuit still closed). An open circuit names
    /// the rest of its break, and that exact time is sent.
    /// </summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Builds the answer for <paramref name="exception"/> and sets <c>Retry-After</c> on 503s.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="httpContext">The request being answered.</param>
    /// <param name="logger">The logger.</param>
    /// <returns>A problem result: 503, 422 or 502.</returns>
    public static IResult From(ActivepiecesException exception, HttpContext httpContext, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(httpContext);
        switch (exception)
        {
            case ActivepiecesApiException { IsPieceValidationFailure: true } rejected:
                LogCredentialRejected(logger, rejected.Method, rejected.Path);
                return Results.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "The Gelato credentials were rejected.",
                    detail: rejected.PieceMessage ?? "The piece rejected the credentials.");

            case { IsTransient: true }:
                var retryAfter = exception.RetryAfter ?? DefaultRetryAfter;
                var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
                httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                LogUnavailable(logger, Describe(exception), seconds);
                return Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Activepieces is unavailable; try again later.",
                    detail: Describe(exception));

            default:
                LogFailure(logger, Describe(exception));
                return Results.Problem(
                    statusCode: StatusCodes.Status502BadGateway,
                    title: "Activepieces rejected the request.",
                    detail: Describe(exception));
        }
    }

    private static string Describe(ActivepiecesException exception) => exception switch
    {
        ActivepiecesApiException api => string.Create(CultureInfo.InvariantCulture, $"{api.Method} {api.Path} answered {(int)api.StatusCode} {api.Code}."),
        ActivepiecesUnavailableException unavailable => $"{unavailable.Method} {unavailable.Path} got no answer ({unavailable.Reason}).",
        _ => exception.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activepieces is unavailable: {What}; answering 503, Retry-After {Seconds} s")]
    private static partial void LogUnavailable(ILogger logger, string what, long seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activepieces failed: {What}")]
    private static partial void LogFailure(ILogger logger, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "The Gelato piece rejected an org's credentials ({Method} {Path})")]
    private static partial void LogCredentialRejected(ILogger logger, string method, string path);
}
