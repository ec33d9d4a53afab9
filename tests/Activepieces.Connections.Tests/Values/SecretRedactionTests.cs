using System.Net;
using Activepieces.Emulator.Faults;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Activepieces.Tests.Values;

/// <summary>Runs success and failure scenarios and searches every log line and exception text for the secrets used.</summary>
public sealed class SecretRedactionTests
{
    private const string Secret = "TOPSECRET-connection-value-42";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_secret_in_logs_or_exceptions()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var texts = new List<string>();

        await h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue(Secret), Ct);
        await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue(Secret), Ct);
        await h.Client.PredefinedConnections.CreateAsync(TestData.GelatoPerProject, "org_1", new SecretTextValue(Secret), Ct);
        h.Emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/global-connections", Fault.ServiceUnavailable));
        texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_2", new SecretTextValue(Secret + "x"), Ct).AsTask())).ToString());
        h.Emulator.Faults.Clear();
        texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => h.Client.GlobalConnections.UpsertAsync(
                new GlobalConnectionUpsertRequest
                {
                    ExternalId = "e",
                    DisplayName = "d",
                    PieceName = "@activepieces/piece-not-served",
                    ProjectIds = [],
                    Value = new BasicAuthValue("user", Secret),
                },
                Ct))).ToString());
        using (var wrongKey = h.NewClient(TestData.ApiKey, logger: h.Logger))
        {
            texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(
                () => wrongKey.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_3", new SecretTextValue(Secret), Ct).AsTask())).ToString());
        }

        texts.Add(new GlobalConnectionUpsertRequest { ExternalId = "e", DisplayName = "d", PieceName = "p", ProjectIds = [], Value = new SecretTextValue(Secret) }.ToString());
        texts.Add(new AppConnectionUpsertRequest { ProjectId = "p", ExternalId = "e", DisplayName = "d", PieceName = "p", Value = new SecretTextValue(Secret) }.ToString());
        texts.Add(TestData.Options().ToString());

        Assert.NotEmpty(h.Logger.Collector.GetSnapshot());
        texts.AddRange(h.LogTexts());
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(h.Emulator.ApiKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestData.ApiKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestData.ApiKey[3..20], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_error_body_that_echoes_the_secret_does_not_reach_the_exception_or_the_log()
    {
        // A server that copies the rejected value into its error message (INVALID_APP_CONNECTION params): the client
        // must not carry the body's text into the exception or the log.
        var logger = new FakeLogger<ActivepiecesClient>();
        var handler = new FakeHttpHandler(r => r.Method == HttpMethod.Get
            ? FakeHttpHandler.Json(TestData.Page(TestData.ProjectJson("p1", "org_1")))
            : FakeHttpHandler.Json(HttpStatusCode.BadRequest, "{\"code\":\"INVALID_APP_CONNECTION\",\"params\":{\"error\":\"bad key " + Secret + "\"}}"));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options(), logger);

        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue(Secret), Ct).AsTask());

        Assert.Equal("INVALID_APP_CONNECTION", error.Code);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.All(logger.Collector.GetSnapshot(), l => Assert.DoesNotContain(Secret, l.Message, StringComparison.Ordinal));
        Assert.NotEmpty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_and_elapsed_time()
    {
        var logger = new FakeLogger<ActivepiecesClient>();
        var handler = new FakeHttpHandler(r => r.Method == HttpMethod.Get
            ? FakeHttpHandler.Json(TestData.Page())
            : FakeHttpHandler.Json(HttpStatusCode.NotFound, """{"code":"ENTITY_NOT_FOUND","params":{"entityType":"AppConnection"}}"""));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options(), logger);
        await client.Projects.GetByExternalIdAsync("org_x1", Ct);
        await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.GlobalConnections.DeleteAsync("abc", Ct));

        var logs = logger.Collector.GetSnapshot();
        Assert.Equal(2, logs.Count);
        Assert.Equal(LogLevel.Debug, logs[0].Level);
        Assert.StartsWith("Activepieces GET /api/v1/projects answered 200 in ", logs[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("org", logs[0].Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Warning, logs[1].Level);
        Assert.StartsWith("Activepieces DELETE /api/v1/global-connections/abc failed with 404 (ENTITY_NOT_FOUND) in ", logs[1].Message, StringComparison.Ordinal);
    }
}
