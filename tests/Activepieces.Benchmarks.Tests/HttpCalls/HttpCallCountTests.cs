using Activepieces.Benchmarks.HttpCalls;

namespace Activepieces.Benchmarks.Tests.HttpCalls;

/// <summary>
/// HTTP requests per 1,000 token mints over 10 orgs, counted at the emulator's request log (deterministic): the
/// documented flow makes 2 per mint; Create looks each project up once; Ensure also upserts each org once.
/// </summary>
public sealed class HttpCallCountTests
{
    [Fact]
    public async Task The_documented_flow_makes_two_requests_per_mint()
    {
        var count = await HttpCallCounter.CountAsync(MintFlow.Documented, 1000, 10, TestContext.Current.CancellationToken);

        Assert.Equal(2000, count.Total);
        Assert.Equal((1000, 0, 1000), (count.ProjectLookups, count.ProjectCreates, count.ConnectionUpserts));
    }

    [Fact]
    public async Task Create_looks_each_project_up_once_and_upserts_every_mint()
    {
        var count = await HttpCallCounter.CountAsync(MintFlow.Create, 1000, 10, TestContext.Current.CancellationToken);

        Assert.Equal(1010, count.Total);
        Assert.Equal((10, 0, 1000), (count.ProjectLookups, count.ProjectCreates, count.ConnectionUpserts));
    }

    [Fact]
    public async Task Ensure_makes_at_most_twenty_requests()
    {
        var count = await HttpCallCounter.CountAsync(MintFlow.Ensure, 1000, 10, TestContext.Current.CancellationToken);

        Assert.True(count.Total <= 20, $"Ensure made {count.Total} requests.");
        Assert.Equal((10, 0, 10), (count.ProjectLookups, count.ProjectCreates, count.ConnectionUpserts));
    }

    [Fact]
    public void The_table_lists_each_flow_with_its_ratio_to_the_documented_flow()
    {
        var table = HttpCallsTable.ToMarkdown(
        [
            new HttpCallCount(MintFlow.Documented, 1000, 10, 2000, 1000, 0, 1000),
            new HttpCallCount(MintFlow.Ensure, 1000, 10, 20, 10, 0, 10),
        ]);

        Assert.Contains("| Documented flow (naive HttpClient port) | 1000 | 10 | 2000 | 1000 | 0 | 1000 | 1.000 |", table, StringComparison.Ordinal);
        Assert.Contains("| `EnsureGelatoStoreConnectionAsync` | 1000 | 10 | 20 | 10 | 0 | 10 | 0.010 |", table, StringComparison.Ordinal);
    }
}
