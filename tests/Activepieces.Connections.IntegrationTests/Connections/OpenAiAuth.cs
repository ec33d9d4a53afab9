namespace Activepieces.Connections.IntegrationTests.Connections;

// APC014 (member holding a secret not marked [Secret]) is the point here: the generator must redact the
// well-known secret fields (secret_text, password) even when the user forgot [Secret].
#pragma warning disable APC014
/// <summary>SECRET_TEXT.</summary>
[PieceAuth("@activepieces/piece-openai", AuthType.SecretText)]
public sealed partial record OpenAiAuth(string ApiKey);
#pragma warning restore APC014
