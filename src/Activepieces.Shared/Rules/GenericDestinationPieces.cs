using System;
using System.Collections.Generic;

namespace Activepieces;

/// <summary>
/// The "generic destination" pieces of the server's <c>AP_ENFORCE_CONNECTION_PIECE_BINDING</c> (versions after 0.86.3,
/// <c>app-connection/app-connection-service/</c>, reference §11.11): with the flag on, the worker read blocks their
/// connections for piece steps (<c>APP_CONNECTION_BLOCKED_FOR_PIECE</c>). APC024 and the emulator's piece binding
/// both read this list.
/// </summary>
internal static class GenericDestinationPieces
{
    /// <summary>The npm scope and prefix of the pieces in the list.</summary>
    private const string Prefix = "@activepieces/piece-";

    /// <summary>The pieces' short names, in the server's order.</summary>
    public static readonly IReadOnlyList<string> ShortNames = new[]
    {
        "http", "graphql", "webhook", "http-oauth2", "mcp-client", "rss", "sftp", "smtp", "postgres", "mysql", "mongodb",
        "oracle-database", "rabbitmq", "metabase", "ghostcms", "discourse", "mattermost",
    };

    private static readonly HashSet<string> PieceNames = CreatePieceNames();

    /// <summary>Whether <paramref name="pieceName"/> (an npm package name, compared exactly) is a generic-destination piece.</summary>
    /// <param name="pieceName">The piece's npm package name, e.g. <c>@activepieces/piece-mysql</c>.</param>
    /// <returns>True for a piece of the list.</returns>
    public static bool Contains(string? pieceName) => pieceName is not null && PieceNames.Contains(pieceName);

    private static HashSet<string> CreatePieceNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shortName in ShortNames)
        {
            names.Add(Prefix + shortName);
        }

        return names;
    }
}
