namespace Activepieces.Transport;

/// <summary>
/// The innermost handler of every client: a request that is not safe to repeat (project creation, an OAuth upsert)
/// reaches the network at most once, whatever retry a user adds above it through the <c>IHttpClientBuilder</c>. A repeat
/// fails as a transport failure: the first send's outcome is what the caller must reason about.
/// </summary>
internal sealed class SingleSendHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> SentKey = new("Activepieces.Sent");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!RetryPolicy.IsRetrySafe(request) && request.Options.TryGetValue(SentKey, out var sent) && sent)
        {
            throw new HttpRequestException($"{request.Method} {request.RequestUri?.AbsolutePath} was not repeated: it is not safe to retry.");
        }

        request.Options.Set(SentKey, true);
        return base.SendAsync(request, cancellationToken);
    }
}
