namespace Activepieces.TestSupport;

/// <summary>
/// The real piece metadata files (<c>GET /api/v1/pieces/{name}</c>, names and versions unchanged) copied into the
/// <c>Pieces/</c> folder of every project that references this one.
/// </summary>
public static class TestPieceFiles
{
    /// <summary>A piece the emulator serves by name and version only (no metadata file).</summary>
    public const string Gelato = "@activepieces/piece-gelato";

    /// <summary>CUSTOM_AUTH object (<c>mysql.piece.json</c>, version 0.2.7).</summary>
    public const string MySql = "@activepieces/piece-mysql";

    /// <summary>Auth array SECRET_TEXT + CUSTOM_AUTH (<c>mistral-ai.piece.json</c>).</summary>
    public const string Mistral = "@activepieces/piece-mistral-ai";

    /// <summary>OAUTH2 (<c>square.piece.json</c>).</summary>
    public const string Square = "@activepieces/piece-square";

    /// <summary>The folder holding the files.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Pieces");
}
