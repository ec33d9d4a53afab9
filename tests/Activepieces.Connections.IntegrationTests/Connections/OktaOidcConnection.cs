namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>OIDC: the piece's props under <c>props</c>, like CUSTOM_AUTH.</summary>
[PieceAuth("@acme/piece-okta-directory", AuthType.Oidc, ExternalIdPrefix = "okta_")]
public sealed partial record OktaOidcConnection(string Issuer, string ClientId, [property: Secret] string ClientSecret);
