namespace Activepieces.Connections.IntegrationTests.Infrastructure;

/// <summary>One generated connection type, provisioned through its generated <c>Create…ConnectionAsync</c>.</summary>
/// <param name="Name">The case name.</param>
/// <param name="ConnectionExternalIdPrefix">The type's external-id prefix.</param>
/// <param name="Scope">Where the connection is stored.</param>
/// <param name="CreateAsync">Calls the generated <c>Create…ConnectionAsync</c> for a project external id.</param>
/// <param name="ExpectedValueJson">The exact <c>value</c> the request must carry.</param>
/// <param name="IsOAuth2">Whether the server claims the code (the stored value then gains token fields).</param>
internal sealed record ProvisioningCase(
    string Name,
    string ConnectionExternalIdPrefix,
    ConnectionScope Scope,
    Func<ActivepiecesClient, string, CancellationToken, Task<AppConnection>> CreateAsync,
    string ExpectedValueJson,
    bool IsOAuth2)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
