namespace Activepieces;

/// <summary>
/// Marks a <c>partial</c> record, record struct or class as the typed credentials of one Activepieces piece.
/// The source generator emits the wire format, redaction and <c>Create/Ensure/Get/Delete{Name}ConnectionAsync</c>
/// extension methods on <c>IActivepiecesClient</c>; the analyzers check the type against the auth type and the
/// piece's metadata (<c>*.piece.json</c> additional files).
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class PieceAuthAttribute : System.Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="pieceName">The npm package name of the piece, e.g. <c>@activepieces/piece-gelato</c>.</param>
    /// <param name="authType">The auth type of the connection.</param>
    public PieceAuthAttribute(string pieceName, AuthType authType)
    {
        PieceName = pieceName;
        AuthType = authType;
    }

    /// <summary>The npm package name of the piece, e.g. <c>@activepieces/piece-gelato</c>.</summary>
    public string PieceName { get; }

    /// <summary>The auth type of the connection.</summary>
    public AuthType AuthType { get; }

    /// <summary>
    /// The prefix of the connection's external id; the connection for a project is named
    /// <c>{ExternalIdPrefix}{externalProjectId}</c>. Default: derived from the piece name
    /// (<c>@activepieces/piece-gelato</c> → <c>gelato_</c>).
    /// </summary>
    public string? ExternalIdPrefix { get; set; }

    /// <summary>The connection's display name. Default: from the piece name, e.g. <c>Gelato Connection</c>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>An optional pinned piece version (semver). Default: the server uses the latest version.</summary>
    public string? PieceVersion { get; set; }

    /// <summary>Overrides the <c>{Name}</c> stem of the generated methods (<c>Create{Name}ConnectionAsync</c>).</summary>
    public string? ClientName { get; set; }

    /// <summary>Where the connection is stored. Default: <see cref="ConnectionScope.Platform"/> (a global connection).</summary>
    public ConnectionScope Scope { get; set; } = ConnectionScope.Platform;
}
