
namespace Activepieces.Connections.Generators.Model;

/// <summary>The valid <c>[PieceAuth]</c> arguments of a generated type, with the defaults applied.</summary>
internal sealed record PieceAuthSettings
{
    /// <summary>The npm package name of the piece.</summary>
    public required string PieceName { get; init; }

    /// <summary>The auth type (a defined value).</summary>
    public required AuthType AuthType { get; init; }

    /// <summary>The external-id prefix: the named argument, else derived from the piece name (<c>gelato_</c>).</summary>
    public required string ExternalIdPrefix { get; init; }

    /// <summary>The display name: the named argument, else derived from the piece name (<c>Gelato Connection</c>).</summary>
    public required string DisplayName { get; init; }

    /// <summary>The pinned piece version, or null.</summary>
    public required string? PieceVersion { get; init; }

    /// <summary>The stem of the generated method names: <c>ClientName</c>, else the type name without a known suffix.</summary>
    public required string ClientName { get; init; }

    /// <summary>Where the connection is stored (a defined value).</summary>
    public required ConnectionScope Scope { get; init; }
}
