namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>NO_AUTH.</summary>
[PieceAuth("@activepieces/piece-http", AuthType.NoAuth)]
public sealed partial record HttpConnection;
