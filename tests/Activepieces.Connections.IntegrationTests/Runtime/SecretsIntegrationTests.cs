using Activepieces.Emulator.Faults;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>Runs the emulator scenarios, including failures, and searches every log line and exception text for the secrets.</summary>
public sealed class SecretsIntegrationTests
{
    private const string Secret = "Zq9-TOP-SECRET-value-7781";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_secret_reaches_logs_or_exceptions()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var texts = new List<string>();
        var gelato = new PredefinedConnectionDescriptor(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");
        var mysql = new PredefinedConnectionDescriptor("@activepieces/piece-mysql", AuthType.CustomAuth, "mysql_", "MySQL");
        var api = h.Client.PredefinedConnections;

        var connection = await api.CreateAsync(gelato, "org_1", new SecretTextValue(Secret), Ct);
        await api.EnsureAsync(gelato, "org_1", new SecretTextValue(Secret), Ct);
        await api.EnsureAsync(mysql, "org_1", new CustomAuthValue(("host", "h"), ("password", Secret)), Ct);
        texts.Add(connection.ToString());

        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections", Fault.InternalServerError, Fault.DropConnection));
        texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(() => api.CreateAsync(gelato, "org_2", new SecretTextValue(Secret), Ct))).ToString());
        texts.Add((await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => api.CreateAsync(gelato, "org_2", new SecretTextValue(Secret), Ct))).ToString());
        texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.GlobalConnections.UpsertAsync(
            new GlobalConnectionUpsertRequest
            {
                ExternalId = "x", DisplayName = "x", PieceName = TestPieceFiles.Gelato, ProjectIds = ["nope"], Value = new BasicAuthValue("u", Secret),
            },
            Ct))).ToString());
        using (var wrongKey = h.NewClient("sk-" + new string('Q', 61), logger: h.Logger))
        {
            texts.Add((await Assert.ThrowsAsync<ActivepiecesApiException>(() => wrongKey.PredefinedConnections.CreateAsync(gelato, "org_3", new SecretTextValue(Secret), Ct))).ToString());
        }

        texts.AddRange(h.LogTexts());
        Assert.True(h.Logger.Collector.Count >= 8);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(h.Emulator.ApiKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(h.Emulator.ApiKey[3..], text, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('Q', 61), text, StringComparison.Ordinal);
        }
    }
}
