namespace Activepieces.Connections.IntegrationTests.Connections;

/// <summary>CUSTOM_AUTH with numbers, booleans, an enum, a string list and a null member.</summary>
[PieceAuth("@activepieces/piece-postgres", AuthType.CustomAuth)]
public partial record PostgresConnection(
    string Host,
    int Port,
    [PieceProp("database")] string DatabaseName,
    [property: Secret] string Password,
    bool EnableSsl,
    SslMode SslMode,
    IReadOnlyList<string> Schemas,
    string? Certificate);
