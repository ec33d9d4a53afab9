using System.Globalization;
using System.Text;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Inspection;
using Microsoft.AspNetCore.Http;

namespace Activepieces.Emulator.Http;

/// <summary>
/// The emulator's outer pipeline, in order: record the request, inject faults (before anything can change state),
/// turn <see cref="ApiErrorException"/>s and unexpected exceptions into the server's error bodies.
/// </summary>
internal sealed class EmulatorMiddleware
{
    private readonly RequestLog _log;
    private readonly FaultInjector _faults;
    private readonly TimeProvider _timeProvider;

    public EmulatorMiddleware(RequestLog log, FaultInjector faults, TimeProvider timeProvider)
    {
        _log = log;
        _faults = faults;
        _timeProvider = timeProvider;
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var sequence = _log.NextSequence();
        var arrived = _timeProvider.GetUtcNow();
        var requestBody = await BufferRequestBodyAsync(context).ConfigureAwait(false);
        var originalResponseBody = context.Response.Body;
        using var responseBuffer = new MemoryStream();
        context.Response.Body = responseBuffer;

        var (latency, gates, fault) = _faults.Decide(context.Request.Method, context.Request.Path.Value ?? string.Empty);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, _timeProvider, context.RequestAborted).ConfigureAwait(false);
        }

        foreach (var gate in gates)
        {
            await gate.EnterAsync(context.RequestAborted).ConfigureAwait(false);
        }

        int? handledStatus = null;
        switch (fault.Kind)
        {
            case FaultKind.DropConnection:
                break;
            case FaultKind.Status:
                await WriteFaultAsync(context, fault.StatusCode, "Injected fault").ConfigureAwait(false);
                handledStatus = fault.StatusCode;
                break;
            case FaultKind.TooManyRequests:
                var seconds = (long)Math.Ceiling(fault.RetryAfter.TotalSeconds);
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await WriteFaultAsync(context, 429, $"Rate limit exceeded, retry in {seconds} seconds").ConfigureAwait(false);
                handledStatus = 429;
                break;
            default:
                await HandleAsync(context, next).ConfigureAwait(false);
                handledStatus = context.Response.StatusCode;
                break;
        }

        var dropped = fault.Kind is FaultKind.DropConnection or FaultKind.DropConnectionAfterCommit;
        _log.Add(new RecordedRequest
        {
            Sequence = sequence,
            Method = context.Request.Method,
            Path = context.Request.Path.Value ?? string.Empty,
            Query = context.Request.QueryString.Value ?? string.Empty,
            RequestHeaders = RedactedHeaders(context.Request.Headers),
            StatusCode = dropped ? null : handledStatus,
            HandledStatusCode = handledStatus,
            RequestBody = requestBody,
            ResponseBody = dropped && fault.Kind == FaultKind.DropConnection ? string.Empty : Encoding.UTF8.GetString(responseBuffer.ToArray()),
            Fault = fault.Kind,
            Timestamp = arrived,
        });

        context.Response.Body = originalResponseBody;
        if (dropped)
        {
            context.Abort();
            return;
        }

        responseBuffer.Position = 0;
        await responseBuffer.CopyToAsync(originalResponseBody, context.RequestAborted).ConfigureAwait(false);
    }

    private static Dictionary<string, string> RedactedHeaders(IHeaderDictionary headers) =>
        headers.ToDictionary(
            header => header.Key.ToLowerInvariant(),
            header => string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)
                ? (header.Value.ToString().StartsWith("Bearer sk-", StringComparison.Ordinal) ? "Bearer sk-…" : header.Value.ToString().Split(' ', 2)[0] + " …")
                : header.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);

    private static async Task<string> BufferRequestBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        context.Request.Body = new MemoryStream(bytes, writable: false);
        return Encoding.UTF8.GetString(bytes);
    }

    private static Task WriteFaultAsync(HttpContext context, int statusCode, string message) =>
        JsonResponse.WriteAsync(context, statusCode, ApiErrors.FastifyBody(statusCode, null, message));

    private static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ApiErrorException error)
        {
            ResetResponse(context);
            await JsonResponse.WriteAsync(context, error.StatusCode, error.Body).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The emulator answers every unexpected failure like Fastify does: a 500 body, never a crash.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            ResetResponse(context);
            await JsonResponse.WriteAsync(context, 500, ApiErrors.FastifyBody(500, null, "Internal emulator error: " + exception.GetType().Name)).ConfigureAwait(false);
        }
    }

    private static void ResetResponse(HttpContext context)
    {
        context.Response.Headers.Clear();
        context.Response.Body.SetLength(0);
    }
}
