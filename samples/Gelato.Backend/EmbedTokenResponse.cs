namespace Gelato.Backend;

/// <summary>The answer of <c>POST /embed-token</c>.</summary>
/// <param name="Token">The signed embed JWT to hand to the Activepieces embedding SDK.</param>
/// <param name="ProjectId">The Activepieces project id of the org.</param>
/// <param name="ConnectionExternalId">The external id of the org's Gelato connection (<c>gelato_{orgId}</c>).</param>
public sealed record EmbedTokenResponse(string Token, string ProjectId, string ConnectionExternalId);
