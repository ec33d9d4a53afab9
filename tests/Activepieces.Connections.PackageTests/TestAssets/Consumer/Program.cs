using Activepieces;

namespace Consumer;

/// <summary>The MySQL auth of <c>@activepieces/piece-mysql</c>, checked against metadata/mysql.piece.json.</summary>
[PieceAuth("@activepieces/piece-mysql", AuthType.CustomAuth, ExternalIdPrefix = "mysql_")]
public partial record MySqlConnection(string Host, int Port, string User, [Secret] string Password, string? Database = null);

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            return 0;
        }

        using var client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = new Uri(args[0]), ApiKey = args[1] });
        AppConnection created = await client.CreateMySqlConnectionAsync(
            "org_1", new MySqlConnection("db.example.com", 3306, "app", "s3cret"), CancellationToken.None);
        Console.WriteLine(created.ExternalId);
        return 0;
    }
}
