namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>BASIC_AUTH, with a pinned piece version and the password mapped by <c>[PieceProp]</c>.</summary>
[PieceAuth("@activepieces/piece-jira-cloud", AuthType.BasicAuth, PieceVersion = "0.4.2")]
public partial record JiraCredentials(string Username, [property: PieceProp("password")] string ApiToken);
