using System.Text.Json;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.RequestCases;

/// <summary>One generated request: a body (or a query) and the real schema it is sent against.</summary>
/// <param name="Id">Unique, readable description, e.g. <c>global/SECRET_TEXT/value.secret_text=""</c>.</param>
/// <param name="Schema">The real schema's name (<see cref="ContractSchemas"/>).</param>
/// <param name="Json">The body, or for a query the parsed query (name → string or string array).</param>
/// <param name="Query">The raw query (name → values) for a query case; <see langword="null"/> for a body.</param>
internal sealed record RequestCase(string Id, string Schema, JsonElement Json, IReadOnlyDictionary<string, string[]>? Query)
{
    /// <summary>The case as the contract validator takes it.</summary>
    public ContractCase ToContractCase() => new(Id, Schema, ContractDirection.Input, Json);
}
