using Activepieces.TestSupport;

namespace Activepieces.PieceSide.Tests.Infrastructure;

/// <summary>The folders the piece-side tests read: the sample's two halves and the real npm pieces.</summary>
internal static class PieceSidePaths
{
    /// <summary>The sample backend (its <c>GelatoConnection</c> record and <c>pieces/gelato.piece.json</c>).</summary>
    public static string Backend => RepositoryRoot.Combine("samples/Gelato.Backend");

    /// <summary>The sample piece (built by this project's build into <c>dist/</c>).</summary>
    public static string SamplePiece => RepositoryRoot.Combine("samples/gelato-piece");

    /// <summary>Where the sample piece keeps the module emit-ts generates from the backend's record.</summary>
    public static string SamplePieceGenerated => RepositoryRoot.Combine("samples/gelato-piece/src/generated");

    /// <summary>The node_modules folder of <c>tests/piece-side</c>: real pieces installed from npm.</summary>
    public static string NpmPieces => RepositoryRoot.Combine("tests/piece-side/node_modules/@activepieces");

    /// <summary>The sample piece's TypeScript compiler.</summary>
    public static string TypeScriptCompiler => Path.Combine(SamplePiece, "node_modules", "typescript", "bin", "tsc");

    /// <summary>The sample piece's pieces-framework (the typings every generated module is checked against).</summary>
    public static string PiecesFramework => Path.Combine(SamplePiece, "node_modules", "@activepieces", "pieces-framework");

    /// <summary>The metadata files of the real pieces, as an instance serves them.</summary>
    public static string ReferencePiece(string shortName) => Path.Combine(AppContext.BaseDirectory, "ReferencePieces", shortName + ".piece.json");
}
