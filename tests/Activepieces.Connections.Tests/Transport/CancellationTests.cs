using Activepieces.Tests.Support;

namespace Activepieces.Tests.Transport;

/// <summary>The caller's token reaches the HTTP call of every public operation.</summary>
public sealed class CancellationTests
{
    public static TheoryData<string> Operations() =>
    [
        "Projects.GetByExternalId", "Projects.Create", "Projects.GetOrCreate", "Projects.Update", "Projects.Delete", "Projects.List",
        "Global.Upsert", "Global.Update", "Global.List", "Global.Find", "Global.Delete",
        "App.Upsert", "App.Update", "App.List", "App.Find", "App.Delete",
        "Pieces.Get",
        "Predefined.Create", "Predefined.Ensure", "Predefined.Get", "Predefined.Delete",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_token_reaches_the_http_call(string operation)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var observed = false;
        var handler = new FakeHttpHandler(async (_, token) =>
        {
            await cts.CancelAsync();
            observed = token.IsCancellationRequested;
            token.ThrowIfCancellationRequested();
            return FakeHttpHandler.NoContent();
        });
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var ct = cts.Token;
        var value = new SecretTextValue("s");
        Func<Task> call = operation switch
        {
            "Projects.GetByExternalId" => () => client.Projects.GetByExternalIdAsync("org", ct),
            "Projects.Create" => () => client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "A" }, ct),
            "Projects.GetOrCreate" => () => client.Projects.GetOrCreateAsync("org", cancellationToken: ct),
            "Projects.Update" => () => client.Projects.UpdateAsync("p", new UpdateProjectRequest(), ct),
            "Projects.Delete" => () => client.Projects.DeleteAsync("p", ct),
            "Projects.List" => async () => { await foreach (var _ in client.Projects.ListAsync(cancellationToken: ct)) { } },
            "Global.Upsert" => () => client.GlobalConnections.UpsertAsync(new GlobalConnectionUpsertRequest { ExternalId = "e", DisplayName = "d", PieceName = "p", ProjectIds = [], Value = value }, ct),
            "Global.Update" => () => client.GlobalConnections.UpdateAsync("c", new GlobalConnectionUpdateRequest { DisplayName = "d" }, ct),
            "Global.List" => async () => { await foreach (var _ in client.GlobalConnections.ListAsync(cancellationToken: ct)) { } },
            "Global.Find" => () => client.GlobalConnections.FindByExternalIdAsync("e", cancellationToken: ct),
            "Global.Delete" => () => client.GlobalConnections.DeleteAsync("c", ct),
            "App.Upsert" => () => client.AppConnections.UpsertAsync(new AppConnectionUpsertRequest { ProjectId = "p", ExternalId = "e", DisplayName = "d", PieceName = "p", Value = value }, ct),
            "App.Update" => () => client.AppConnections.UpdateAsync("c", new AppConnectionUpdateRequest { DisplayName = "d" }, ct),
            "App.List" => async () => { await foreach (var _ in client.AppConnections.ListAsync("p", cancellationToken: ct)) { } },
            "App.Find" => () => client.AppConnections.FindByExternalIdAsync("p", "e", cancellationToken: ct),
            "App.Delete" => () => client.AppConnections.DeleteAsync("c", ct),
            "Pieces.Get" => () => client.Pieces.GetAsync("@activepieces/piece-gelato", cancellationToken: ct),
            "Predefined.Create" => () => client.PredefinedConnections.CreateAsync(TestData.Gelato, "org", value, ct),
            "Predefined.Ensure" => () => client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org", value, ct).AsTask(),
            "Predefined.Get" => () => client.PredefinedConnections.GetAsync(TestData.Gelato, "org", ct),
            "Predefined.Delete" => () => client.PredefinedConnections.DeleteAsync(TestData.Gelato, "org", ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(call);
        Assert.True(observed);
        Assert.Single(handler.Requests);
    }
}
