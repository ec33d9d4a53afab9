using System.Text.Json;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.Validator;

/// <summary>The contract validator reports the real schemas' verdicts faithfully, and fails loudly on misuse.</summary>
public sealed class ContractValidatorTests
{
    private const string Connection = """
        {"id":"aaaaaaaaaaaaaaaaaaaaa","created":"2026-01-01T00:00:00.000Z","updated":"2026-01-01T00:00:00.000Z",
         "externalId":"mysql_acme","displayName":"MySQL","type":"CUSTOM_AUTH","pieceName":"@activepieces/piece-mysql",
         "projectIds":["bbbbbbbbbbbbbbbbbbbbb"],"platformId":"ccccccccccccccccccccc","scope":"PLATFORM","status":"ACTIVE",
         "ownerId":null,"metadata":null,"pieceVersion":"0.2.3","preSelectForNewProjects":false,"usingSecretManager":false}
        """;

    [Fact]
    public async Task Output_validation_accepts_a_complete_connection_and_catches_missing_keys_wrong_types_and_leaks()
    {
        using var document = JsonDocument.Parse(Connection);
        var complete = document.RootElement;
        var results = await ContractValidator.ValidateAsync(
        [
            new ContractCase("complete", ContractSchemas.AppConnectionWithoutSensitiveData, ContractDirection.Output, complete),
            ContractCase.Output("no-pieceVersion", ContractSchemas.AppConnectionWithoutSensitiveData, Connection.Replace("\"pieceVersion\":\"0.2.3\",", "", StringComparison.Ordinal)),
            ContractCase.Output("status-lowercase", ContractSchemas.AppConnectionWithoutSensitiveData, Connection.Replace("\"ACTIVE\"", "\"active\"", StringComparison.Ordinal)),
            ContractCase.Output("project-id-not-apid", ContractSchemas.AppConnectionWithoutSensitiveData, Connection.Replace("bbbbbbbbbbbbbbbbbbbbb", "proj-1", StringComparison.Ordinal)),
            ContractCase.Output("value-leaked", ContractSchemas.AppConnectionWithoutSensitiveData, Connection.Replace("\"ownerId\":null", "\"ownerId\":null,\"value\":{}", StringComparison.Ordinal)),
            ContractCase.Output("page", ContractSchemas.SeekPageOfAppConnections, $$"""{"data":[{{Connection}}],"next":null,"previous":null}"""),
            ContractCase.Output("page-without-data", ContractSchemas.SeekPageOfAppConnections, """{"next":null,"previous":null}"""),
        ], TestContext.Current.CancellationToken);

        Assert.True(results[0].Accepted, results[0].Describe());
        Assert.Empty(results[0].UnknownKeys);
        Assert.Contains(results[1].Issues, i => i.Path == "pieceVersion");
        Assert.Contains(results[2].Issues, i => i.Path == "status");
        Assert.Contains(results[3].Issues, i => i.Path == "projectIds/0");
        Assert.True(results[4].Accepted);
        Assert.Equal(["value"], results[4].UnknownKeys);
        Assert.True(results[5].Accepted, results[5].Describe());
        Assert.Contains(results[6].Issues, i => i.Path == "data");
        Assert.All(results.Skip(1).Where(r => r.Id is not ("value-leaked" or "page")), r => Assert.False(r.Accepted));
    }

    [Fact]
    public async Task Input_validation_reports_the_failing_path_of_a_union_branch()
    {
        var result = await ContractValidator.ValidateAsync(ContractCase.Input(
            "empty-secret",
            ContractSchemas.UpsertGlobalConnectionRequestBody,
            """{"displayName":"d","pieceName":"p","type":"SECRET_TEXT","value":{"type":"SECRET_TEXT","secret_text":""},"scope":"PLATFORM","projectIds":[]}"""),
            TestContext.Current.CancellationToken);

        Assert.False(result.Accepted);
        Assert.Contains(result.Issues, i => i.Path == "value/secret_text" && i.Code == "too_small");
    }

    [Fact]
    public async Task An_unknown_schema_or_a_wrong_direction_fails_the_batch()
    {
        var ct = TestContext.Current.CancellationToken;
        var unknown = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ContractValidator.ValidateAsync(ContractCase.Input("x", "NoSuchSchema", "{}"), ct));
        Assert.Contains("unknown schema \"NoSuchSchema\"", unknown.Message, StringComparison.Ordinal);

        var direction = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ContractValidator.ValidateAsync(ContractCase.Output("y", ContractSchemas.UpsertAppConnectionRequestBody, "{}"), ct));
        Assert.Contains("is an input schema", direction.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_case_ids_are_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ContractValidator.ValidateAsync(
            [ContractCase.Input("same", ContractSchemas.UpdateConnectionValueRequestBody, "{}"), ContractCase.Input("same", ContractSchemas.UpdateConnectionValueRequestBody, "{}")],
            TestContext.Current.CancellationToken));
        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_node_fails_with_a_clear_message_instead_of_skipping()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ContractValidator.ValidateAsync(
            [ContractCase.Input("x", ContractSchemas.UpdateConnectionValueRequestBody, "{}")],
            "node-that-does-not-exist-on-this-machine",
            TestContext.Current.CancellationToken));
        Assert.Contains("node is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_cases_are_parsed_like_the_server_parses_query_strings()
    {
        var results = await ContractValidator.ValidateAsync(
        [
            ContractCase.Query("plain", ContractSchemas.ListGlobalConnectionsRequestQuery, "limit=5&status=ACTIVE&status=ERROR"),
            ContractCase.Query("bracket", ContractSchemas.ListGlobalConnectionsRequestQuery, "?status[]=BAD"),
            ContractCase.Query("no-project", ContractSchemas.ListAppConnectionsRequestQuery, "limit=5"),
        ], TestContext.Current.CancellationToken);

        Assert.True(results[0].Accepted, results[0].Describe());
        Assert.Contains(results[1].Issues, i => i.Path == "status/0");
        Assert.Contains(results[2].Issues, i => i.Path == "projectId");
    }
}
