using System.Net;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Activepieces.Tests;

/// <summary>Runs success and failure scenarios and searches every log line and exception text for the secrets used.</summary>
public sealed class SecretRedactionTests
{
    private const string Secret = "TOPSECRET-connection-value-42";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_secret_in_logs_or_exceptions()
    {
        var logger = new FakeLogger<ActivepiecesClient>();
        var failUpserts = false;
        var server = new MiniActivepieces
        {
            Intercept = r => failUpserts && r.Path.EndsWith("connections", StringComparison.Ordinal) && r.Method == HttpMethod.Post
                ? FakeHttpHandler.Json(HttpStatusCode.BadRequest, "{\"code\":\"INVALID_APP_CONNECTION\",\"params\":{\"error\":\"bad key " + Secret + "\"}}")
                : null,
        };
        using var client = new ActivepiecesClient(new HttpClient(server.Handler), TestData.Options(), logger);
        var texts = new List<string>();

        await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue(Secret), Ct);
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue(Secret), Ct);
        await client.PredefinedConnections.CreateAsync(TestData.GelatoPerProject, "org_1", new SecretTextValue(Secret), Ct);
        failUpserts = true;
        texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_2", new SecretTextValue(Secret + "x"), Ct).AsTask())).ToString());
        texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => client.GlobalConnections.UpsertAsync(
                new GlobalConnectionUpsertRequest
                {
                    ExternalId = "e",
                    DisplayName = "d",
                    PieceName = "p",
                    ProjectIds = [],
                    Value = new BasicAuthValue("user", Secret),
                },
                Ct))).ToString());
        texts.Add(new GlobalConnectionUpsertRequest { ExternalId = "e", DisplayName = "d", PieceName = "p", ProjectIds = [], Value = new SecretTextValue(Secret) }.ToString());
        texts.Add(new AppConnectionUpsertRequest { ProjectId = "p", ExternalId = "e", DisplayName = "d", PieceName = "p", Value = new SecretTextValue(Secret) }.ToString());
        texts.Add(TestData.Options().ToString());

        var logs = logger.Collector.GetSnapshot();
        Assert.NotEmpty(logs);
        texts.AddRange(logs.Select(l => l.Message + " " + string.Join(",", l.StructuredState?.Select(s => s.Key + "=" + s.Value) ?? [])));
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestData.ApiKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestData.ApiKey[3..20], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_and_elapsed_time()
    {
        var logger = new FakeLogger<ActivepiecesClient>();
        var handler = new FakeHttpHandler(r => r.Method == HttpMethod.Get
            ? FakeHttpHandler.Json(TestData.Page())
            : FakeHttpHandler.Json(HttpStatusCode.NotFound, """{"code":"ENTITY_NOT_FOUND","params":{"entityType":"AppConnection"}}"""));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options(), logger);
        await client.Projects.GetByExternalIdAsync("org?x=1", Ct);
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
