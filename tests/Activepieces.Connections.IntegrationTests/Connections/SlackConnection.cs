namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>CLOUD_OAUTH2 (the Activepieces-hosted OAuth app).</summary>
[PieceAuth("@activepieces/piece-slack", AuthType.CloudOAuth2)]
public partial record SlackConnection(string ClientId, string Code, string Scope);
