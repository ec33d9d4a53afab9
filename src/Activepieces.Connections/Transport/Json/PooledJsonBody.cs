using System.Buffers;
using System.Diagnostics;
using System.Text.Json;

namespace Activepieces.Transport.Json;

/// <summary>
/// A JSON request body written once, before any HTTP call (so a value that cannot be written fails early), into an array
/// rented from <see cref="ArrayPool{T}.Shared"/>. The array goes back to the pool, cleared (a body holds credentials),
/// when the owner has disposed the body and no <see cref="PooledJsonBodyContent"/> is still copying it to a request
/// stream: an HTTP/2 request may still be sending its body after its response arrived.
/// </summary>
internal sealed class PooledJsonBody : IBufferWriter<byte>, IDisposable
{
    private const int InitialCapacity = 512;

    // A writer per thread, re-pointed at each new body: writing a body allocates only the body object.
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private byte[] _buffer;
    private int _written;
    private int _leases = 1; // the owner's; each copy in progress holds one more
    private int _disposed;

    private PooledJsonBody(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>The number of bytes written.</summary>
    public int Length => _written;

    /// <summary>
    /// Writes a body: <paramref name="write"/> receives a writer positioned at the start of the document. When it
    /// throws, the partial body is cleared and returned to the pool before the exception propagates.
    /// </summary>
    /// <typeparam name="TState">The state <paramref name="write"/> needs.</typeparam>
    /// <param name="state">The state.</param>
    /// <param name="write">Writes one complete JSON value.</param>
    /// <returns>The body, owned by the caller (dispose it when the request and its retries are done).</returns>
    public static PooledJsonBody Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var body = new PooledJsonBody(InitialCapacity);

        // Taken off the thread while in use, so a nested body (a value that writes a body of its own) gets a new writer.
        var writer = t_writer;
        t_writer = null;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(body);
        }
        else
        {
            writer.Reset(body);
        }

        try
        {
            write(writer, state);
            writer.Flush();
            return body;
        }
        catch
        {
            // The writer may have put bytes past the committed length (pending, never flushed): clear the whole array.
            body._buffer.AsSpan().Clear();
            body.Dispose();
            throw;
        }
        finally
        {
            // The idle writer must not keep the body (nor a half-written state) reachable from the thread.
            writer.Reset(NullBufferWriter.Instance);
            t_writer = writer;
        }
    }

    /// <summary>The written bytes. Only valid while the caller holds the body or a lease on it.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <summary>Takes a lease that keeps the buffer out of the pool while the caller reads it.</summary>
    /// <returns>False when the body was already returned to the pool.</returns>
    public bool TryAcquire()
    {
        var leases = Volatile.Read(ref _leases);
        while (leases > 0)
        {
            var seen = Interlocked.CompareExchange(ref _leases, leases + 1, leases);
            if (seen == leases)
            {
                return true;
            }

            leases = seen;
        }

        return false;
    }

    /// <summary>Ends a lease taken with <see cref="TryAcquire"/>.</summary>
    public void Release()
    {
        var leases = Interlocked.Decrement(ref _leases);
        Debug.Assert(leases >= 0, "More releases than leases.");
        if (leases == 0)
        {
            var buffer = _buffer;
            _buffer = [];
            buffer.AsSpan(0, _written).Clear();
            _written = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Ends the owner's lease: the buffer returns to the pool now, or when the last copy in progress ends.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Release();
        }
    }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _buffer.Length - _written)
        {
            throw new InvalidOperationException("Cannot advance past the end of the buffer.");
        }

        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureCapacity(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureCapacity(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void EnsureCapacity(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var grown = ArrayPool<byte>.Shared.Rent(checked(Math.Max(_buffer.Length * 2, _written + needed)));
        var old = _buffer;
        old.AsSpan(0, _written).CopyTo(grown);
        old.AsSpan(0, _written).Clear();
        ArrayPool<byte>.Shared.Return(old);
        _buffer = grown;
    }

    /// <summary>Where the per-thread writer points between bodies: it never receives bytes.</summary>
    private sealed class NullBufferWriter : IBufferWriter<byte>
    {
        public static readonly NullBufferWriter Instance = new();

        public void Advance(int count) => throw new InvalidOperationException("No body is being written.");

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException("No body is being written.");

        public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException("No body is being written.");
    }
}
