namespace Activepieces.Cli.Instance;

/// <summary>
/// Removes the <c>Authorization</c> header from every request. The pieces endpoint is public, but the real server
/// authenticates any <c>Bearer sk-…</c> header it receives and answers an unknown key with 401
/// (<c>core/security/v2/authn/authenticate.ts</c>); <see cref="ActivepiecesClient"/> always sends its key, so without a
/// key the CLI hands it a placeholder and this handler keeps the placeholder off the wire.
/// </summary>
internal sealed class AnonymousRequestHandler : DelegatingHandler
{
    public AnonymousRequestHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = null;
        return base.SendAsync(request, cancellationToken);
    }
}
