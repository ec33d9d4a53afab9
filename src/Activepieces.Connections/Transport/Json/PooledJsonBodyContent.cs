using System.Net;
using System.Net.Http.Headers;

namespace Activepieces.Transport.Json;

/// <summary>
/// Sends a <see cref="PooledJsonBody"/> as <c>application/json; charset=utf-8</c> with a <c>Content-Length</c>. The
/// content does not own the body: each copy to a request stream holds a lease on it, so a retry of the same message can
/// send it again and a late HTTP/2 body copy never reads an array that went back to the pool.
/// </summary>
internal sealed class PooledJsonBodyContent : HttpContent
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly PooledJsonBody _body;

    public PooledJsonBodyContent(PooledJsonBody body)
    {
        _body = body;
        Headers.ContentType = JsonMediaType;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Acquire();
        try
        {
            await stream.WriteAsync(_body.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _body.Release();
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Acquire();
        try
        {
            stream.Write(_body.WrittenMemory.Span);
        }
        finally
        {
            _body.Release();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }

    private void Acquire()
    {
        if (!_body.TryAcquire())
        {
            throw new ObjectDisposedException(nameof(PooledJsonBody), "The request body was sent after its call ended.");
        }
    }
}
