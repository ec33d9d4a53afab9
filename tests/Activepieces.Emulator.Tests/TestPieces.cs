namespace Activepieces.Emulator.Tests;

/// <summary>Pieces the tests register.</summary>
internal static class TestPieces
{
    /// <summary>A piece registered by name and version only.</summary>
    public const string Gelato = "@activepieces/piece-gelato";

    /// <summary>Real metadata: CUSTOM_AUTH object (Pieces/mysql.piece.json, version 0.2.7).</summary>
    public const string MySql = "@activepieces/piece-mysql";

    /// <summary>Real metadata: auth array SECRET_TEXT + CUSTOM_AUTH (Pieces/mistral-ai.piece.json).</summary>
    public const string Mistral = "@activepieces/piece-mistral-ai";

    /// <summary>Real metadata: OAUTH2 (Pieces/square.piece.json).</summary>
    public const string Square = "@activepieces/piece-square";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Pieces");

    /// <summary>Options with the Gelato piece and the real metadata files.</summary>
    public static ActivepiecesEmulatorOptions Options() =>
        new ActivepiecesEmulatorOptions().AddPiece(Gelato, "0.3.1").AddPiecesFromDirectory(Directory);

    public static Task<ActivepiecesEmulator> StartAsync(ActivepiecesEmulatorOptions? options = null) =>
        ActivepiecesEmulator.StartAsync(options ?? Options(), TestContext.Current.CancellationToken);
}
