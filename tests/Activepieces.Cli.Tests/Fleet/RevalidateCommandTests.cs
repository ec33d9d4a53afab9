using System.Text.Json;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Cli.Tests.Fleet;

/// <summary><c>connections audit --revalidate</c> and <c>connections doctor --revalidate</c> against the emulator.</summary>
public sealed class RevalidateCommandTests
{
    private const string Gelato = "@activepieces/piece-gelato";
    private const string Revoked = "secret-REVOKED-b";

    private static readonly PredefinedConnectionDescriptor Descriptor = new(Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audit_and_doctor_with_revalidate_report_the_credential_the_piece_rejects_without_its_value()
    {
        var checking = false;
        var options = new ActivepiecesEmulatorOptions()
            .AddPiece(Gelato)
            .AddPieceValidation(Gelato, value => checking && value.GetProperty("secret_text").GetString() == Revoked ? "API key revoked" : null);
        await using var emulator = await ActivepiecesEmulator.StartAsync(options, Ct);
        using (var client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = emulator.ApiKey }))
        {
            await client.PredefinedConnections.CreateAsync(Descriptor, "org_a", new SecretTextValue("secret-good-a"), Ct);
            await client.PredefinedConnections.CreateAsync(Descriptor, "org_b", new SecretTextValue(Revoked), Ct);
        }

        checking = true;
        using var dir = new TempDirectory();
        var variables = new Dictionary<string, string> { ["ACTIVEPIECES_URL"] = emulator.BaseUrl.ToString(), ["ACTIVEPIECES_API_KEY"] = emulator.ApiKey };

        var plain = await CliRun.RunAsync(dir.Path, variables, "connections", "audit", "--piece", "gelato", "--prefix", "gelato_", "--json");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(["connections", "projects", "findings"], JsonDocument.Parse(plain.Out).RootElement.EnumerateObject().Select(p => p.Name));

        var audit = await CliRun.RunAsync(dir.Path, variables, "connections", "audit", "--piece", "gelato", "--prefix", "gelato_", "--json", "--revalidate");
        Assert.True(audit.ExitCode == 1, audit.ToString());
        var root = JsonDocument.Parse(audit.Out).RootElement;
        Assert.Equal(["connections", "projects", "findings", "revalidation"], root.EnumerateObject().Select(p => p.Name));
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray().ToArray());
        Assert.Equal("InvalidCredentials", finding.GetProperty("kind").GetString());
        Assert.Equal("gelato_org_b", finding.GetProperty("externalId").GetString());
        Assert.Equal("{\"revalidated\":2,\"failures\":0}", root.GetProperty("revalidation").GetRawText());
        Assert.Equal(2, emulator.CountRequests("POST", "/api/v1/app-connections/*/revalidate"));

        var table = await CliRun.RunAsync(dir.Path, variables, "connections", "audit", "--piece", "gelato", "--prefix", "gelato_", "--revalidate");
        Assert.True(table.ExitCode == 1, table.ToString());
        Assert.Contains("InvalidCredentials", table.Out, StringComparison.Ordinal);
        Assert.Contains("Revalidated 2 connection(s) on the server; 0 got no verdict", table.Out, StringComparison.Ordinal);

        var rejected = await CliRun.RunAsync(dir.Path, variables, "connections", "doctor", "org_b", "--piece", "gelato", "--prefix", "gelato_", "--revalidate", "--json");
        Assert.True(rejected.ExitCode == 1, rejected.ToString());
        Assert.Equal("InvalidCredentials", JsonDocument.Parse(rejected.Out).RootElement.GetProperty("cause").GetString());

        var ok = await CliRun.RunAsync(dir.Path, variables, "connections", "doctor", "org_a", "--piece", "gelato", "--prefix", "gelato_", "--revalidate");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.StartsWith("org_a: Ok", ok.Out, StringComparison.Ordinal);

        var output = plain.Out + audit.Out + table.Out + rejected.Out + ok.Out + plain.Error + audit.Error + table.Error + rejected.Error + ok.Error;
        Assert.DoesNotContain("secret-", output, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ApiKey, output, StringComparison.Ordinal);
    }
}
