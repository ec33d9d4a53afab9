using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Activepieces.Tests.Support;

/// <summary>One request the fake handler received.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? Authorization, long? ContentLength = null, bool Chunked = false)
{
    public string Path => Uri.AbsolutePath;

    /// <summary>The unescaped value of a query parameter, or null when absent.</summary>
    public string? QueryValue(string name)
    {
        foreach (var pair in Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    public override string ToString() => $"{Method} {Uri.PathAndQuery}";
}

/// <summary>An <see cref="HttpMessageHandler"/> that answers with a function and records every request.</summary>
public sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _respond;

    public FakeHttpHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) => _respond = respond;

    public FakeHttpHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this((r, _) => Task.FromResult(respond(r)))
    {
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Count(HttpMethod method, string pathSuffix) =>
        Requests.Count(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            body,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentLength,
            request.Headers.TransferEncodingChunked == true);
        Requests.Enqueue(recorded);
        var response = await _respond(recorded, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Json(string json) => Json(HttpStatusCode.OK, json);

    public static HttpResponseMessage NoContent() => new(HttpStatusCode.NoContent);
}
