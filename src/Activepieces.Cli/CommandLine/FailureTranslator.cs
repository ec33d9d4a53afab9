using System.Net;
using System.Text.Json;

namespace Activepieces.Cli.CommandLine;

/// <summary>
/// The one table from failures of the library, the network and the file system to the one-line message and exit code
/// the user sees. Every command and the top-level handler of <see cref="CliApplication"/> go through it, so the same
/// failure reads the same everywhere. Messages name the subject (a piece, a command) and the instance, never a key or
/// a connection value: the library's own messages are already free of secrets, and nothing else is quoted.
/// </summary>
internal static class FailureTranslator
{
    /// <summary>
    /// Whether <paramref name="exception"/> is a failure this table translates. The caller's own cancellation is not:
    /// it stays an <see cref="OperationCanceledException"/>.
    /// </summary>
    public static bool CanTranslate(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        CliException => false,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => exception is ActivepiecesException or HttpRequestException or JsonException or IOException
            or UnauthorizedAccessException or ArgumentException or InvalidOperationException,
    };

    /// <summary>The one-line failure for <paramref name="exception"/>.</summary>
    /// <param name="exception">A failure <see cref="CanTranslate"/> accepts.</param>
    /// <param name="subject">What failed, e.g. <c>@activepieces/piece-mysql</c> or <c>audit</c>; null when unknown.</param>
    /// <param name="instance">The instance the command talked to; null when none.</param>
    public static CliException Translate(Exception exception, string? subject, Uri? instance)
    {
        var url = instance?.ToString() ?? "the instance";
        var message = exception switch
        {
            ActivepiecesApiException { StatusCode: HttpStatusCode.NotFound } e => $"not found on {url} (404{Code(e)}).",
            ActivepiecesApiException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } e =>
                $"{url} refused the request ({(int)e.StatusCode}{Code(e)}); {ApiKeys.RefusedAdvice}.",
            ActivepiecesApiException { StatusCode: HttpStatusCode.PaymentRequired } e =>
                $"{url} answered 402{Code(e)}: the platform's plan does not include {e.Method} {e.Path}.",
            ActivepiecesApiException { StatusCode: not 0 } e =>
                $"{url} answered {(int)e.StatusCode} {e.StatusCode}{Code(e)} ({e.Method} {e.Path}).",
            ActivepiecesApiException e => $"{url} answered with a body that cannot be read ({e.Message}).",
            ActivepiecesUnavailableException { Reason: ActivepiecesUnavailableReason.TimedOut } => TimedOut(url),
            OperationCanceledException => TimedOut(url),

            // The transport failure itself ("Connection refused (host:port)") says more than the client's summary.
            ActivepiecesUnavailableException e => $"cannot reach {url} ({OneLine((e.InnerException ?? e).Message)}).",
            ActivepiecesException e => $"{url}: {OneLine(e.Message)}",
            HttpRequestException e => $"cannot reach {url} ({OneLine(e.Message)}).",
            JsonException e => $"{url} answered with JSON that cannot be read ({OneLine(e.Message)}).",
            ArgumentException { ParamName: "options" } e => WithoutParameterName(e.Message),

            // A file that cannot be read or written: the subject names the file and what was done with it.
            IOException or UnauthorizedAccessException => OneLine(exception.Message),
            _ => $"{OneLine(exception.Message)} ({exception.GetType().Name})",
        };

        return new CliException(subject is null ? message : $"{subject}: {message}", exception);
    }

    /// <summary>Writes <paramref name="failure"/> as one <c>error: …</c> line and returns its exit code.</summary>
    public static int Report(TextWriter error, CliException failure)
    {
        error.WriteLine("error: " + OneLine(failure.Message));
        return failure.ExitCode;
    }

    /// <summary>Collapses a message to one line: errors are one clear line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// A request cut off by the library pipeline's timeouts (per attempt, and for the call with its retries; the library's
    /// README tables them) or by the HTTP client's own.
    /// </summary>
    private static string TimedOut(string url) => $"{url} did not answer in time.";

    private static string Code(ActivepiecesApiException exception) => exception.Code is null ? string.Empty : " " + exception.Code;

    /// <summary>
    /// An options failure the command line's own check (<see cref="Instance.InstanceClient{TClient}"/>) did not catch
    /// first, without the " (Parameter 'options')" that <see cref="ArgumentException"/> appends.
    /// </summary>
    private static string WithoutParameterName(string message)
    {
        var text = OneLine(message);
        var parameter = text.LastIndexOf(" (Parameter ", StringComparison.Ordinal);
        return parameter > 0 ? text[..parameter] : text;
    }
}
