using Activepieces.TestSupport;

namespace Activepieces.Emulator.Tests.Support;

/// <summary>The emulator the tests start: the Gelato piece (0.3.1) and the real metadata files of <see cref="TestPieceFiles"/>.</summary>
internal static class TestPieces
{
    /// <summary>The version the Gelato piece is served with.</summary>
    public const string GelatoVersion = "0.3.1";

    /// <summary>Options with the Gelato piece and the real metadata files.</summary>
    public static ActivepiecesEmulatorOptions Options() =>
        new ActivepiecesEmulatorOptions().AddPiece(TestPieceFiles.Gelato, GelatoVersion).AddPiecesFromDirectory(TestPieceFiles.Directory);

    public static Task<ActivepiecesEmulator> StartAsync(ActivepiecesEmulatorOptions? options = null) =>
        ActivepiecesEmulator.StartAsync(options ?? Options(), TestContext.Current.CancellationToken);
}
