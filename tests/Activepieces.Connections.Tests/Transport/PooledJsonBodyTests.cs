using System.Net;
using System.Text.Json;
using System.Text;
using Activepieces.Tests.Support;
using Activepieces.Transport.Json;

namespace Activepieces.Tests.Transport;

public sealed class PooledJsonBodyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PooledJsonBody Body(string text) =>
        PooledJsonBody.Write(text, static (writer, t) => writer.WriteStringValue(t));

    private static string Text(PooledJsonBody body) => Encoding.UTF8.GetString(body.WrittenMemory.Span);

    [Fact]
    public void Writes_the_document_and_reports_its_length()
    {
        using var body = PooledJsonBody.Write(42, static (writer, n) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("n", n);
            writer.WriteEndObject();
        });
        Assert.Equal("""{"n":42}""", Text(body));
        Assert.Equal(8, body.Length);
    }

    [Fact]
    public void A_body_larger_than_the_first_buffer_is_written_whole()
    {
        var big = new string('x', 100_000) + "é";
        using var body = Body(big);
        Assert.Equal(JsonSerializer.Serialize(big), Text(body));
    }

    [Fact]
    public void A_writer_that_throws_leaves_the_thread_able_to_write_the_next_body()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PooledJsonBody.Write(0, static (writer, _) =>
        {
            writer.WriteStartObject();
            writer.WriteString("secret", "half-written");
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("boom", error.Message);

        using var next = Body("next");
        Assert.Equal("\"next\"", Text(next));
    }

    [Fact]
    public void A_writer_that_throws_leaves_no_credential_in_the_array_it_returns_to_the_pool()
    {
        // The array a body of this size gets: the shared pool hands this thread back the array it returned last.
        byte[] array;
        using (var probe = Body("probe"))
        {
            Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(probe.WrittenMemory, out var segment));
            array = segment.Array!;
        }

        // Utf8JsonWriter writes into the body's array before committing (Flush): the unflushed secret is there too.
        // The writer reports whether it sees the secret in that very array, so the check below is observed, not assumed.
        var thrown = Assert.Throws<InvalidOperationException>(() => PooledJsonBody.Write(array, static (writer, observed) =>
        {
            writer.WriteStartObject();
            writer.WriteString("password", "hunter2-unflushed");
            throw new InvalidOperationException(observed.AsSpan().IndexOf("hunter2"u8) >= 0 ? "written into the array" : "written elsewhere");
        }));

        Assert.Equal("written into the array", thrown.Message);
        Assert.Equal(-1, array.AsSpan().IndexOf("hunter2"u8));
    }

    [Fact]
    public void A_body_written_while_another_is_being_written_gets_its_own_writer()
    {
        PooledJsonBody? inner = null;
        using var outer = PooledJsonBody.Write(0, (writer, _) =>
        {
            writer.WriteStartArray();
            inner = Body("inner");
            writer.WriteStringValue("outer");
            writer.WriteEndArray();
        });
        using (inner)
        {
            Assert.Equal("[\"outer\"]", Text(outer));
            Assert.Equal("\"inner\"", Text(inner!));
        }
    }

    [Fact]
    public void A_lease_keeps_the_bytes_until_released_after_the_owner_disposed()
    {
        var body = Body("kept");
        Assert.True(body.TryAcquire());
        body.Dispose();
        body.Dispose(); // idempotent: the owner's lease ends once
        Assert.Equal("\"kept\"", Text(body));

        body.Release();
        Assert.False(body.TryAcquire());
        Assert.Equal(0, body.Length);
        Assert.True(body.WrittenMemory.IsEmpty);
    }

    [Fact]
    public async Task Content_sends_the_body_with_its_length_and_can_be_sent_again()
    {
        using var body = Body("retry me");
        using var content = new PooledJsonBodyContent(body);
        Assert.Equal(body.Length, content.Headers.ContentLength);
        Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType!.ToString());

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var stream = new MemoryStream();
            await content.CopyToAsync(stream, Ct);
            Assert.Equal("\"retry me\"", Encoding.UTF8.GetString(stream.ToArray()));
        }

        Assert.True(body.TryAcquire()); // the copies released their leases; the owner's is still held
        body.Release();
    }

    [Fact]
    public async Task Content_whose_body_went_back_to_the_pool_refuses_to_send()
    {
        var body = Body("gone");
        using var content = new PooledJsonBodyContent(body);
        body.Dispose();
        using var stream = new MemoryStream();
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => content.CopyToAsync(stream, Ct));
        Assert.IsType<ObjectDisposedException>(error.InnerException);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task A_copy_in_progress_keeps_the_body_after_the_owner_disposed()
    {
        var body = Body("late copy");
        using var content = new PooledJsonBodyContent(body);
        using var stream = new GatedStream();
        var copy = content.CopyToAsync(stream, Ct);
        await stream.WriteStarted.Task.WaitAsync(Ct);
        body.Dispose(); // the call ended (e.g. an HTTP/2 response arrived) while the body is still being sent
        stream.Proceed.SetResult();
        await copy;
        Assert.Equal("\"late copy\"", Encoding.UTF8.GetString(stream.Written.ToArray()));
        Assert.False(body.TryAcquire()); // the copy's lease was the last one
    }

    [Fact]
    public async Task Client_requests_carry_a_content_length()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Created, TestData.ConnectionJson("c1", "gelato_org_1", "p1")));
        using var client = new ActivepiecesClient(new HttpClient(handler), new ActivepiecesOptions
        {
            InstanceUrl = new Uri("https://cloud.example.test"),
            ApiKey = "sk-" + new string('a', 61),
        });
        await client.GlobalConnections.UpsertAsync(
            new GlobalConnectionUpsertRequest
            {
                ExternalId = "gelato_org_1",
                DisplayName = "Gelato",
                PieceName = "@activepieces/piece-gelato",
                ProjectIds = ["p1"],
                Value = new SecretTextValue("s3cr3t"),
            },
            Ct);

        var upsert = Assert.Single(handler.Requests);
        Assert.Equal(Encoding.UTF8.GetByteCount(upsert.Body!), upsert.ContentLength);
        Assert.False(upsert.Chunked);
        Assert.Contains("\"secret_text\":\"s3cr3t\"", upsert.Body, StringComparison.Ordinal);
    }

    private sealed class GatedStream : MemoryStream
    {
        public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Proceed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public MemoryStream Written { get; } = new();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            WriteStarted.TrySetResult();
            await Proceed.Task.WaitAsync(cancellationToken);
            await Written.WriteAsync(buffer, cancellationToken);
        }
    }
}
