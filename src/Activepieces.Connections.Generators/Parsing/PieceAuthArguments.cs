using Activepieces.Connections.Generators.Model;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>The <c>[PieceAuth]</c> arguments as written, with the defaults applied and whether each was valid or explicit.</summary>
internal sealed record PieceAuthArguments
{
    /// <summary>The npm package name of the piece, as written (empty when the argument is null).</summary>
    public required string PieceName { get; init; }

    /// <summary>The auth type (only meaningful when <see cref="IsAuthTypeDefined"/>).</summary>
    public required AuthType AuthType { get; init; }

    /// <summary>Whether the auth type argument is a defined <see cref="AuthType"/> value.</summary>
    public required bool IsAuthTypeDefined { get; init; }

    /// <summary>The external-id prefix: the named argument, else derived from the piece name.</summary>
    public required string ExternalIdPrefix { get; init; }

    /// <summary>Whether <see cref="ExternalIdPrefix"/> was given explicitly.</summary>
    public required bool IsExternalIdPrefixExplicit { get; init; }

    /// <summary>The display name: the named argument, else derived from the piece name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The pinned piece version, or null.</summary>
    public required string? PieceVersion { get; init; }

    /// <summary>The stem of the generated method names: the named argument, else derived from the type name.</summary>
    public required string ClientName { get; init; }

    /// <summary>Whether <see cref="ClientName"/> was given explicitly.</summary>
    public required bool IsClientNameExplicit { get; init; }

    /// <summary>Where the connection is stored (only meaningful when <see cref="IsScopeDefined"/>).</summary>
    public required ConnectionScope Scope { get; init; }

    /// <summary>Whether the scope argument is a defined <see cref="ConnectionScope"/> value.</summary>
    public required bool IsScopeDefined { get; init; }

    /// <summary>The settings the emitter reads (call only when every argument is valid).</summary>
    /// <returns>The settings.</returns>
    public PieceAuthSettings ToSettings() => new()
    {
        PieceName = PieceName,
        AuthType = AuthType,
        ExternalIdPrefix = ExternalIdPrefix,
        DisplayName = DisplayName,
        PieceVersion = PieceVersion,
        ClientName = ClientName,
        Scope = Scope,
    };
}
