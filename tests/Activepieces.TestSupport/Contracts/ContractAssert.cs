using System.Text.Json.Nodes;
using Xunit;

namespace Activepieces.TestSupport;

/// <summary>Assertions against the REAL Zod schemas of <c>@activepieces/shared</c>, through <see cref="ContractValidator"/>.</summary>
public static class ContractAssert
{
    /// <summary>
    /// Fails unless <paramref name="response"/> passes the real output schema <paramref name="schema"/> and holds no key
    /// that schema does not know (a field the real server would never send).
    /// </summary>
    /// <param name="schema">A response schema of <see cref="ContractSchemas"/>, e.g. <see cref="ContractSchemas.ProjectWithLimits"/>.</param>
    /// <param name="response">The response body.</param>
    /// <returns>A task that completes when checked (cancelled with the current test's token).</returns>
    public static async Task MatchesResponseAsync(string schema, JsonNode? response)
    {
        ArgumentException.ThrowIfNullOrEmpty(schema);
        var cancellationToken = TestContext.Current.CancellationToken;

        var result = await ContractValidator.ValidateAsync(
            ContractCase.Output("response", schema, response?.ToJsonString() ?? "null"), cancellationToken).ConfigureAwait(false);
        Assert.True(result.Accepted, result.Describe());
        var unknown = result.UnknownKeys.Where(path => !IsNewerServerKey(path)).ToArray();
        Assert.True(unknown.Length == 0, $"{schema}: keys the real schema does not know: {string.Join(", ", unknown)}");
    }

    /// <summary>
    /// Keys the 0.86.3 server sends that the npm 0.96.2 schemas lack (npm lags the server; reference §11.6): a project's
    /// <c>pieceSetId</c>, <c>workerGroupId</c>, <c>executionDataRetentionDays</c>, <c>notifyFlowOwnerOnFailure</c> and
    /// <c>plan.activeFlowsLimit</c>, at the top level or in a page's items. Only these are tolerated.
    /// </summary>
    /// <param name="path">An unknown key's path as the validator reports it (<c>data/0/pieceSetId</c>).</param>
    /// <returns>Whether the key is one the newer server sends.</returns>
    public static bool IsNewerServerKey(string path)
    {
        var relative = path.StartsWith("data/", StringComparison.Ordinal) && path.IndexOf('/', 5) is var slash and > 5
            ? path[(slash + 1)..]
            : path;
        return relative is "pieceSetId" or "workerGroupId" or "executionDataRetentionDays" or "notifyFlowOwnerOnFailure" or "plan/activeFlowsLimit";
    }
}
