using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// The server flag <c>AP_ENFORCE_CONNECTION_PIECE_BINDING</c> of versions after 0.86.3 (off by default, as at 0.86.3):
/// when on, the worker read (<c>connections.get</c>) rejects a connection of a "generic destination" piece outright
/// (<c>APP_CONNECTION_BLOCKED_FOR_PIECE</c>) and one whose piece is not the reading step's
/// (<c>MCP_PIECE_CONNECTION_MISMATCH</c>), both 400 (<c>app-connection/app-connection-service/</c>, reference §11.11).
/// </summary>
internal sealed class ConnectionPieceBinding
{
    public ConnectionPieceBinding(bool enforced) => Enforced = enforced;

    /// <summary>Whether the flag is on.</summary>
    public bool Enforced { get; }

    /// <summary>
    /// Throws when the flag is on and <paramref name="readingPiece"/> may not read a connection of
    /// <paramref name="connectionPiece"/>: a generic-destination piece first, then a different piece. The errors name
    /// the pieces, never the value.
    /// </summary>
    public void AssertMayRead(string connectionPiece, string readingPiece)
    {
        if (!Enforced)
        {
            return;
        }

        // The one list of those pieces, shared as source with the analyzers' APC024.
        if (global::Activepieces.GenericDestinationPieces.Contains(connectionPiece))
        {
            throw ApiErrors.Activepieces(ErrorCodes.AppConnectionBlockedForPiece, new JsonObject
            {
                ["pieceName"] = connectionPiece,
                ["message"] = "Connections of generic destination pieces cannot be used by piece steps",
            });
        }

        if (connectionPiece != readingPiece)
        {
            throw ApiErrors.Activepieces(ErrorCodes.McpPieceConnectionMismatch, new JsonObject
            {
                ["connectionPieceName"] = connectionPiece,
                ["pieceName"] = readingPiece,
            });
        }
    }
}
