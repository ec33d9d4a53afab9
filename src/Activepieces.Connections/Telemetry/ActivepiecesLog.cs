using Microsoft.Extensions.Logging;

namespace Activepieces.Telemetry;

/// <summary>The client's log messages: method, path, status and elapsed time only — never keys, queries or bodies.</summary>
internal static partial class ActivepiecesLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Activepieces {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestCompleted(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Activepieces {Method} {Path} failed with {StatusCode} ({ErrorCode}) in {ElapsedMilliseconds} ms")]
    public static partial void RequestFailed(ILogger logger, string method, string path, int statusCode, string? errorCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Activepieces {Method} {Path} got no answer after {ElapsedMilliseconds} ms: {ErrorType}")]
    public static partial void RequestNotAnswered(ILogger logger, string method, string path, double elapsedMilliseconds, string errorType);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Activepieces {Method} {Path} answered {StatusCode} but its body was cut off: {ErrorType}")]
    public static partial void ResponseCutOff(ILogger logger, string method, string path, int statusCode, string errorType);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Activepieces {Method} {Path} was canceled by the caller after {ElapsedMilliseconds} ms")]
    public static partial void RequestCanceled(ILogger logger, string method, string path, double elapsedMilliseconds);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Activepieces {Method} {Path} got {Reason}; retry {Retry} of {MaxRetries} in {DelayMilliseconds} ms")]
    public static partial void Retrying(ILogger logger, string method, string path, string reason, int retry, int maxRetries, double delayMilliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Activepieces project creation for an external id was not confirmed ({Reason}); reading it back before retrying")]
    public static partial void VerifyingProjectCreation(ILogger logger, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Activepieces project {ProjectId} from the cache no longer exists; looking it up again")]
    public static partial void StaleProjectId(ILogger logger, string projectId);
}
