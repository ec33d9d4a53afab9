using System.Net;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;

namespace Activepieces.Tests.Transport;

/// <summary>
/// The requests each kind of call costs when the server answers it 429 with <c>Retry-After: 1</c>, or 503, every time:
/// counted at the emulator, through the production pipeline (the DI client, unchanged) on a <see cref="VirtualClock"/>.
/// These are the numbers of the "Attempts" row of the resilience table in src/Activepieces.Connections/README.md; retries
/// happen in one layer only (the pipeline, or for what it never repeats, the create-or-read-back and the Sync loops).
/// </summary>
public sealed class RequestCountPerKindTests
{
    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static readonly PredefinedConnectionDescriptor Square = new("@activepieces/piece-square", AuthType.CloudOAuth2, "square_", "Square");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, int, int> Cases => new()
    {
        // kind, requests for a 429 with Retry-After: 1, requests for a 503
        { "project create", 1, 1 },
        { "project get-or-create", 1, 3 },
        { "upsert", 4, 4 },
        { "OAuth upsert", 1, 1 },
        { "GET", 4, 4 },
        { "DELETE", 4, 4 },
        { "sync item", 4, 4 },
        { "sync item, OAuth", 3, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_call_answered_429_or_503_every_time_costs_the_tabled_requests(string kind, int requestsFor429, int requestsFor503)
    {
        Assert.Equal(requestsFor429, await CountAsync(kind, Fault.TooManyRequests(TimeSpan.FromSeconds(1)), HttpStatusCode.TooManyRequests));
        Assert.Equal(requestsFor503, await CountAsync(kind, Fault.ServiceUnavailable, HttpStatusCode.ServiceUnavailable));
    }

    private static async Task<int> CountAsync(string kind, Fault fault, HttpStatusCode status)
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(EmulatorHarness.DefaultOptions(), Ct);
        var project = emulator.AddProject("Org 1", externalId: "org_1");
        var clock = new VirtualClock();
        await using var replica = new ChaosReplica(emulator, clock);
        var client = replica.Client;
        var existing = kind == "DELETE"
            ? await clock.RunAsync(() => client.GlobalConnections.UpsertAsync(Upsert(project.Id, new SecretTextValue("gk-secret-1")), Ct), Ct)
            : null;

        var (method, path) = kind switch
        {
            "project create" or "project get-or-create" => ("POST", "/api/v1/projects"),
            "GET" => ("GET", "/api/v1/projects"),
            "DELETE" => ("DELETE", "/api/v1/global-connections/*"),
            _ => ("POST", "/api/v1/global-connections"),
        };
        emulator.Faults.Add(FaultRule.Always(method, path, fault));
        emulator.ResetRequestLog();

        var failure = await clock.RunAsync(
            async () =>
            {
                try
                {
                    await CallAsync(kind, client, project.Id, existing?.Id);
                    return null;
                }
                catch (ActivepiecesApiException e)
                {
                    return e;
                }
            },
            Ct);

        Assert.Equal(status, Assert.IsType<ActivepiecesApiException>(failure, exactMatch: true).StatusCode);
        return emulator.CountRequests(method, path);
    }

    private static async Task CallAsync(string kind, ActivepiecesClient client, string projectId, string? connectionId)
    {
        switch (kind)
        {
            case "project create":
                await client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "Org 2", ExternalId = "org_2" }, Ct);
                break;
            case "project get-or-create":
                await client.Projects.GetOrCreateAsync("org_2", cancellationToken: Ct);
                break;
            case "upsert":
                await client.GlobalConnections.UpsertAsync(Upsert(projectId, new SecretTextValue("gk-secret-1")), Ct);
                break;
            case "OAuth upsert":
                await client.GlobalConnections.UpsertAsync(Upsert(projectId, new PlatformOAuth2Value("client-1", "single-use-code-1", "https://app.example.test/callback", "read")), Ct);
                break;
            case "GET":
                await client.Projects.GetByExternalIdAsync("org_1", Ct);
                break;
            case "DELETE":
                await client.GlobalConnections.DeleteAsync(connectionId!, Ct);
                break;
            case "sync item":
                RethrowFailure(await client.PredefinedConnections.SyncAsync(Gelato, [("org_1", new SecretTextValue("gk-secret-1"))], cancellationToken: Ct));
                break;
            case "sync item, OAuth":
                RethrowFailure(await client.PredefinedConnections.SyncAsync(Square, [("org_1", new CloudOAuth2Value("client-1", "single-use-code-1", "ITEMS_READ"))], cancellationToken: Ct));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such kind of call");
        }
    }

    private static void RethrowFailure(SyncResult result) => throw Assert.Single(result.Failed).Error;

    private static GlobalConnectionUpsertRequest Upsert(string projectId, IConnectionValue value) => new()
    {
        ExternalId = "gelato_org_1",
        DisplayName = "Gelato",
        PieceName = value is SecretTextValue ? TestPieceFiles.Gelato : "@activepieces/piece-square",
        ProjectIds = [projectId],
        Value = value,
    };
}
