namespace Activepieces.Benchmarks.RequestBodies;

/// <summary>A CUSTOM_AUTH connection with six props of mixed types, completed by the source generator (referenced as an analyzer).</summary>
/// <param name="ApiKey">The Gelato API key (secret).</param>
/// <param name="StoreId">The store id.</param>
/// <param name="Region">The data region.</param>
/// <param name="TimeoutSeconds">The request timeout.</param>
/// <param name="Sandbox">Whether the store is a sandbox.</param>
/// <param name="WebhookUrl">Where Gelato posts order events.</param>
[PieceAuth("@activepieces/piece-gelato", AuthType.CustomAuth, ExternalIdPrefix = "gelato_")]
public sealed partial record GelatoStoreConnection(
    [property: Secret] string ApiKey,
    string StoreId,
    string Region,
    int TimeoutSeconds,
    bool Sandbox,
    string WebhookUrl);
