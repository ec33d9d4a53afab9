namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>PLATFORM_OAUTH2 on a record struct, with an extra member written under <c>props</c>.</summary>
[PieceAuth("@activepieces/piece-hubspot", AuthType.PlatformOAuth2)]
public partial record struct HubspotAuth(string ClientId, string Code, string RedirectUrl, string Scope, [property: Secret] string PortalId);
