namespace Activepieces.Connections.IntegrationTests.Connections;

// APC014 (member holding a secret not marked [Secret]) is the point here: the generator must redact the
// well-known secret fields (secret_text, password) even when the user forgot [Secret].
#pragma warning disable APC014
/// <summary>BASIC_AUTH, with a pinned piece version and the password mapped by <c>[PieceProp]</c>.</summary>
[PieceAuth("@activepieces/piece-jira-cloud", AuthType.BasicAuth, PieceVersion = "0.4.2")]
public partial record JiraCredentials(string Username, [property: PieceProp("password")] string ApiToken);
#pragma warning restore APC014
