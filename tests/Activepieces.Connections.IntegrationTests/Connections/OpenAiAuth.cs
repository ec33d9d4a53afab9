namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>SECRET_TEXT.</summary>
[PieceAuth("@activepieces/piece-openai", AuthType.SecretText)]
public sealed partial record OpenAiAuth(string ApiKey);
