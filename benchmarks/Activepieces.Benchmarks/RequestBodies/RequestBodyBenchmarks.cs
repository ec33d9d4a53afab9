using System.Buffers;
using System.Text.Json;
using Activepieces.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;

namespace Activepieces.Benchmarks.RequestBodies;

/// <summary>
/// Writing the <c>POST /v1/global-connections</c> body of a six-prop CUSTOM_AUTH connection: the client's writer with
/// the generated <see cref="IConnectionValue.WriteValue"/>, against reflection-based <see cref="JsonSerializer"/> of the
/// equivalent anonymous object or dictionaries, and against copying a precomputed UTF-8 body (the floor). The baseline is
/// the literal port of the documented snippet's <c>JSON.stringify(body)</c>: <c>JsonSerializer.Serialize(new { … })</c>;
/// <c>SerializeToUtf8Bytes</c>, the strongest reflection variant, is shown beside it.
/// Every variant produces the same bytes (checked in setup). Each call builds its body object, as a real call does.
/// </summary>
[SuiteJob(SuiteJobKind.ThreeLaunches)]
public class RequestBodyBenchmarks
{
    private readonly ArrayBufferWriter<byte> _reusedBuffer = new(1024);
    private byte[] _precomputed = [];
    private Utf8JsonWriter _reusedWriter = null!;

    /// <summary>Checks that every variant writes the same body and warms the reflection metadata cache.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var variants = UpsertBodies.AllVariants();
        _precomputed = variants["generated"];
        foreach ((var name, var body) in variants)
        {
            if (!body.AsSpan().SequenceEqual(_precomputed))
            {
                throw new InvalidOperationException($"The '{name}' body differs from the generated one.");
            }
        }

        _reusedWriter = new Utf8JsonWriter(_reusedBuffer);
        _reusedBuffer.ResetWrittenCount();
        HandWrittenBody.Write(_reusedWriter, UpsertBodies.Connection);
        _reusedWriter.Flush();
        if (!_reusedBuffer.WrittenSpan.SequenceEqual(_precomputed))
        {
            throw new InvalidOperationException("The hand-written body differs from the generated one.");
        }
    }

    /// <summary>Disposes the reused writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _reusedWriter.Dispose();

    /// <summary>Reflection: <c>JsonSerializer.SerializeToUtf8Bytes(new { ... })</c> (the strongest reflection variant).</summary>
    /// <returns>The body.</returns>
    [Benchmark(Description = "Reflection: anonymous object → UTF-8")]
    public byte[] ReflectionAnonymousUtf8() => UpsertBodies.ReflectionUtf8(UpsertBodies.AnonymousBody());

    /// <summary>Reflection: <c>JsonSerializer.Serialize(new { ... })</c> to a string, as <c>JSON.stringify</c> does (the baseline).</summary>
    /// <returns>The JSON text.</returns>
    [Benchmark(Baseline = true, Description = "Reflection: anonymous object → string")]
    public string ReflectionAnonymousString() => UpsertBodies.ReflectionString(UpsertBodies.AnonymousBody());

    /// <summary>Reflection over dictionaries, to a string.</summary>
    /// <returns>The JSON text.</returns>
    [Benchmark(Description = "Reflection: dictionaries → string")]
    public string ReflectionDictionaryString() => UpsertBodies.ReflectionString(UpsertBodies.DictionaryBody());

    /// <summary>
    /// The client's writer: the request, then the generated <c>WriteValue</c> inside the client's body writer, into the
    /// pooled buffer the request sends (returned to the pool at the end, as when the call ends).
    /// </summary>
    /// <returns>The body's length.</returns>
    [Benchmark(Description = "Generated: client request writer → pooled UTF-8")]
    public int Generated() => UpsertBodies.GeneratedPooled();

    /// <summary>The generated <c>WriteValue</c> alone into a reused writer (the cost of the generated code itself).</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Description = "Generated: WriteValue only, reused writer")]
    public long GeneratedWriteValueOnly()
    {
        _reusedBuffer.ResetWrittenCount();
        _reusedWriter.Reset();
        ((IConnectionValue)UpsertBodies.Connection).WriteValue(_reusedWriter);
        _reusedWriter.Flush();
        return _reusedWriter.BytesCommitted;
    }

    /// <summary>
    /// The floor of any <see cref="Utf8JsonWriter"/> path: the whole body written by hand into a reused writer, every
    /// name and constant pre-encoded, no request object, no buffer management. What the writer itself costs for these
    /// tokens; reflection-based <see cref="JsonSerializer"/> writes the same tokens with the same writer.
    /// </summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Description = "Floor: Utf8JsonWriter, hand-written tokens, reused writer")]
    public long HandWrittenTokens()
    {
        _reusedBuffer.ResetWrittenCount();
        _reusedWriter.Reset();
        HandWrittenBody.Write(_reusedWriter, UpsertBodies.Connection);
        _reusedWriter.Flush();
        return _reusedWriter.BytesCommitted;
    }

    /// <summary>The floor: copying the precomputed UTF-8 body.</summary>
    /// <returns>The copy.</returns>
    [Benchmark(Description = "Floor: copy precomputed bytes")]
    public byte[] CopyPrecomputed() => _precomputed.AsSpan().ToArray();
}
