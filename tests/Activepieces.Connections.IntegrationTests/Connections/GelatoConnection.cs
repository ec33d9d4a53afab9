namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>CUSTOM_AUTH: the acceptance example of the product.</summary>
[PieceAuth("@activepieces/piece-gelato", AuthType.CustomAuth, ExternalIdPrefix = "gelato_")]
public partial record GelatoConnection([property: Secret] string ApiKey, string StoreId);
