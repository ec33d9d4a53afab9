using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Activepieces.Telemetry;
using Activepieces.Transport.Json;
using Microsoft.Extensions.Logging;

namespace Activepieces.Transport;

/// <summary>
/// Sends <see cref="ApiRequest"/>s to <c>{InstanceUrl}/api/</c> with the API key, logs method, path, status and elapsed
/// time, turns error statuses into <see cref="ActivepiecesApiException"/> and calls that got no answer (transport
/// failures, timeouts, Polly rejections) into <see cref="ActivepiecesUnavailableException"/>.
/// </summary>
internal sealed class ApiTransport
{
    private readonly HttpClient _http;
    private readonly Uri _apiBase;
    private readonly string? _apiKey;
    private readonly ILogger _logger;

    public ApiTransport(HttpClient http, ActivepiecesOptions options, ILogger logger, TimeProvider timeProvider)
    {
        _http = http;
        var instance = options.InstanceUrl!.AbsoluteUri;
        _apiBase = new Uri(instance.EndsWith('/') ? instance + "api/" : instance + "/api/", UriKind.Absolute);
        // Null only for the public pieces routes (ActivepiecesPiecesClient): then no Authorization header is sent,
        // because the server authenticates any Bearer header it receives and answers an unknown key with 401.
        _apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        _logger = logger;
        TimeProvider = timeProvider;
    }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger => _logger;

    public async Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        T? result;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                result = await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException e)
        {
            throw new ActivepiecesApiException(
                $"Activepieces API {request.Method} {PathOf(request)} answered {(int)response.StatusCode} with a body that is not a valid {BodyName<T>()}.", e);
        }
        catch (Exception e) when (UnansweredRequest.Translate(e, request, PathOf(request), cancellationToken) is { } unanswered)
        {
            // The body was cut off: the server processed the request, but its answer is lost.
            ActivepiecesLog.ResponseCutOff(_logger, request.Method.Method, PathOf(request), (int)response.StatusCode, e.GetType().Name);
            throw unanswered;
        }

        return result ?? throw new ActivepiecesApiException(
            $"Activepieces API {request.Method} {PathOf(request)} answered {(int)response.StatusCode} with an empty body.");
    }

    public async Task SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendCoreAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var path = PathOf(request);
        using var message = new HttpRequestMessage(request.Method, new Uri(_apiBase, request.Path + request.Query));
        if (_apiKey is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        }

        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Options.Set(RetryPolicy.RetrySafeKey, request.RetrySafe);
        message.Options.Set(RetryPolicy.ConnectionUpsertKey, request.IsConnectionUpsert);
        if (request.Body is not null)
        {
            message.Content = new PooledJsonBodyContent(request.Body);
        }

        var route = ActivepiecesInstrumentation.RequestsObserved ? RouteTemplate.Of(request.Path) : null;
        using var activity = route is null ? null : StartRequestActivity(request.Method.Method, route);
        var started = TimeProvider.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ActivepiecesLog.RequestCanceled(_logger, request.Method.Method, path, Elapsed(started));
            RecordNotAnswered(activity, request.Method.Method, route, "canceled");
            throw;
        }
        catch (Exception e) when (UnansweredRequest.Translate(e, request, path, cancellationToken) is { } unanswered)
        {
            ActivepiecesLog.RequestNotAnswered(_logger, request.Method.Method, path, Elapsed(started), e.GetType().Name);
            RecordNotAnswered(activity, request.Method.Method, route, e.GetType().FullName);
            throw unanswered;
        }

        RecordAnswered(activity, request.Method.Method, route, (int)response.StatusCode);
        if (response.IsSuccessStatusCode)
        {
            ActivepiecesLog.RequestCompleted(_logger, request.Method.Method, path, (int)response.StatusCode, Elapsed(started));
            return response;
        }

        using (response)
        {
            byte[] body;
            try
            {
                body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                body = []; // the status is the answer; a lost error body only loses the code
            }

            var error = ApiErrorReader.Read(response.StatusCode, body, request.Method.Method, path, RetryAfterHeader.Read(response, TimeProvider), request.ConsumesOAuthCode);
            error.RequestRetrySafe = request.RetrySafe;
            ActivepiecesLog.RequestFailed(_logger, request.Method.Method, path, (int)response.StatusCode, error.Code, Elapsed(started));
            throw error;
        }
    }

    private static Activity? StartRequestActivity(string method, string route)
    {
        var activity = ActivepiecesInstrumentation.Source.StartActivity(method + " " + route, ActivityKind.Client);
        activity?.SetTag(ActivepiecesInstrumentation.MethodTag, method);
        activity?.SetTag(ActivepiecesInstrumentation.RouteTag, route);
        return activity;
    }

    private static void RecordAnswered(Activity? activity, string method, string? route, int statusCode)
    {
        if (route is null)
        {
            return;
        }

        if (activity is not null)
        {
            activity.SetTag(ActivepiecesInstrumentation.StatusCodeTag, statusCode);
            if (statusCode >= 400)
            {
                activity.SetStatus(ActivityStatusCode.Error);
                activity.SetTag(ActivepiecesInstrumentation.ErrorTypeTag, statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        ActivepiecesInstrumentation.Requests.Add(
            1,
            new KeyValuePair<string, object?>(ActivepiecesInstrumentation.MethodTag, method),
            new KeyValuePair<string, object?>(ActivepiecesInstrumentation.RouteTag, route),
            new KeyValuePair<string, object?>(ActivepiecesInstrumentation.StatusCodeTag, statusCode));
    }

    private static void RecordNotAnswered(Activity? activity, string method, string? route, string? errorType)
    {
        if (route is null)
        {
            return;
        }

        activity?.SetStatus(ActivityStatusCode.Error);
        activity?.SetTag(ActivepiecesInstrumentation.ErrorTypeTag, errorType);
        ActivepiecesInstrumentation.Requests.Add(
            1,
            new KeyValuePair<string, object?>(ActivepiecesInstrumentation.MethodTag, method),
            new KeyValuePair<string, object?>(ActivepiecesInstrumentation.RouteTag, route),
            new KeyValuePair<string, object?>(ActivepiecesInstrumentation.ErrorTypeTag, errorType));
    }

    private double Elapsed(long started) => TimeProvider.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>The absolute path of a route as requests, logs and exceptions name it, e.g. <c>/api/v1/projects</c>.</summary>
    public string PathOf(string route) => _apiBase.AbsolutePath + route;

    /// <summary>What a body of <typeparamref name="T"/> is called in a message: a JSON document when any JSON will do.</summary>
    private static string BodyName<T>() => typeof(T) == typeof(JsonElement) ? "JSON document" : typeof(T).Name;

    private string PathOf(ApiRequest request) => PathOf(request.Path);

    /// <summary>Whether a failure leaves open whether the server processed the request.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for calls that got no answer after being sent, and for 5xx and 408 answers.</returns>
    public static bool IsOutcomeUnknown(Exception exception) => exception switch
    {
        ActivepiecesApiException api => (int)api.StatusCode >= 500 || api.StatusCode == HttpStatusCode.RequestTimeout,
        ActivepiecesUnavailableException unavailable => unavailable.OutcomeUnknown,
        _ => false,
    };
}
