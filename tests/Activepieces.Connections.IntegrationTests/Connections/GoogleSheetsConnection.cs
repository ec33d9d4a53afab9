namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>OAUTH2 (your own OAuth app), with an extra member written under <c>props</c>.</summary>
[PieceAuth("@activepieces/piece-google-sheets", AuthType.OAuth2)]
public partial record GoogleSheetsConnection(
    string ClientId,
    string ClientSecret,
    string Code,
    string RedirectUrl,
    string Scope,
    [PieceProp("spreadsheet_id")] string SpreadsheetId);
