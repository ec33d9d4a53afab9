using Activepieces.Connections.Generators.Contracts;

namespace Activepieces.Connections.Generators.Model;

/// <summary>The <c>[PieceAuth]</c> arguments, with the defaults applied.</summary>
internal sealed record PieceAuthSettings
{
    /// <summary>The npm package name of the piece, as written (empty when the argument is null).</summary>
    public required string PieceName { get; init; }

    /// <summary>The auth kind (only meaningful when <see cref="IsAuthKindDefined"/>).</summary>
    public required AuthType AuthType { get; init; }

    /// <summary>Whether the auth type argument is a defined <c>AuthType</c> value.</summary>
    public required bool IsAuthKindDefined { get; init; }

    /// <summary>The external-id prefix: the named argument, else derived from the piece name (<c>gelato_</c>).</summary>
    public required string ExternalIdPrefix { get; init; }

    /// <summary>Whether <see cref="ExternalIdPrefix"/> was given explicitly.</summary>
    public required bool IsExternalIdPrefixExplicit { get; init; }

    /// <summary>The display name: the named argument, else derived from the piece name (<c>Gelato Connection</c>).</summary>
    public required string DisplayName { get; init; }

    /// <summary>The pinned piece version, or null.</summary>
    public required string? PieceVersion { get; init; }

    /// <summary>The stem of the generated method names: <c>ClientName</c>, else the type name without a known suffix.</summary>
    public required string ClientName { get; init; }

    /// <summary>Whether <see cref="ClientName"/> was given explicitly.</summary>
    public required bool IsClientNameExplicit { get; init; }

    /// <summary>Where the connection is stored.</summary>
    public required ConnectionScope Scope { get; init; }

    /// <summary>Whether the scope argument is a defined <c>ConnectionScope</c> value.</summary>
    public required bool IsScopeDefined { get; init; }
}
