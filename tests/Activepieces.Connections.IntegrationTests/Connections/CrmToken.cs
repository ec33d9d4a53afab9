namespace Activepieces.Connections.IntegrationTests.Connections;

// APC014 (member holding a secret not marked [Secret]) is the point here: the generator must redact the
// well-known secret fields (secret_text, password) even when the user forgot [Secret].
#pragma warning disable APC014
/// <summary>A project-scoped SECRET_TEXT connection on a plain class (no value equality, so no <c>Ensure…</c>).</summary>
[PieceAuth("@acme/piece-crm", AuthType.SecretText, Scope = ConnectionScope.Project, ClientName = "AcmeCrm", ExternalIdPrefix = "crm_")]
public partial class CrmToken
{
    /// <summary>The API token.</summary>
    public string Token { get; init; } = string.Empty;
}
#pragma warning restore APC014
