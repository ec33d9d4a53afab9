namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>A project-scoped SECRET_TEXT connection on a plain class (no value equality, so no <c>Ensure…</c>).</summary>
[PieceAuth("@acme/piece-crm", AuthType.SecretText, Scope = ConnectionScope.Project, ClientName = "AcmeCrm", ExternalIdPrefix = "crm_")]
public partial class CrmToken
{
    /// <summary>The API token.</summary>
    public string Token { get; init; } = string.Empty;
}
