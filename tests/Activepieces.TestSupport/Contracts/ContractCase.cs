using System.Text.Json;

namespace Activepieces.TestSupport;

/// <summary>One JSON value to check against one real schema.</summary>
/// <param name="Id">Unique within a batch; names the case in results and failure messages.</param>
/// <param name="Schema">A schema name, see <see cref="ContractSchemas"/>.</param>
/// <param name="Direction">Whether <paramref name="Json"/> is a request or a response.</param>
/// <param name="Json">The value exactly as sent or received (for queries: name → string or string array).</param>
public sealed record ContractCase(string Id, string Schema, ContractDirection Direction, JsonElement Json)
{
    /// <summary>A request case from raw JSON text (e.g. a captured request body).</summary>
    /// <param name="id">Unique within a batch.</param>
    /// <param name="schema">A schema name, see <see cref="ContractSchemas"/>.</param>
    /// <param name="json">The JSON text.</param>
    public static ContractCase Input(string id, string schema, string json) =>
        new(id, schema, ContractDirection.Input, Parse(json));

    /// <summary>A response case from raw JSON text (e.g. a captured response body).</summary>
    /// <param name="id">Unique within a batch.</param>
    /// <param name="schema">A schema name, see <see cref="ContractSchemas"/>.</param>
    /// <param name="json">The JSON text.</param>
    public static ContractCase Output(string id, string schema, string json) =>
        new(id, schema, ContractDirection.Output, Parse(json));

    /// <summary>A query case from the raw query string as sent (without <c>?</c>), parsed like the server's <c>qs.parse</c>.</summary>
    /// <param name="id">Unique within a batch.</param>
    /// <param name="schema">A query schema name, e.g. <see cref="ContractSchemas.ListGlobalConnectionsRequestQuery"/>.</param>
    /// <param name="queryString">For example <c>limit=10&amp;status=ACTIVE</c>.</param>
    public static ContractCase Query(string id, string schema, string queryString)
    {
        ArgumentNullException.ThrowIfNull(queryString);
        return new(id, schema, ContractDirection.Input, JsonSerializer.SerializeToElement(queryString.TrimStart('?')));
    }

    private static JsonElement Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
