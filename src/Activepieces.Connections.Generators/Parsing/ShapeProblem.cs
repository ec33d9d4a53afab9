using Activepieces.Connections.Generators.Model;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// One reason a <c>[PieceAuth]</c> type cannot be generated. Holds names, not locations: the analyzers find the
/// location from the symbol (the member named in <see cref="MemberNames"/>, the attribute argument named in
/// <see cref="AttributeArgument"/>, or the type declaration).
/// </summary>
internal sealed record ShapeProblem
{
    /// <summary>What is wrong.</summary>
    public required ShapeProblemKind Kind { get; init; }

    /// <summary>The members involved (property, field or positional parameter names), empty for type-level problems.</summary>
    public EquatableArray<string> MemberNames { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The key or value field involved (e.g. <c>apiKey</c>, <c>password</c>), or null.</summary>
    public string? Key { get; init; }

    /// <summary>
    /// The <c>[PieceAuth]</c> argument involved: <c>pieceName</c>, <c>authType</c> (constructor parameters) or
    /// <c>ExternalIdPrefix</c>, <c>DisplayName</c>, <c>PieceVersion</c>, <c>ClientName</c>, <c>Scope</c> (named); null otherwise.
    /// </summary>
    public string? AttributeArgument { get; init; }

    /// <summary>The offending type (the connection type or a containing type) for type-level problems, or null.</summary>
    public string? TypeName { get; init; }

    /// <summary>The offending value (e.g. the invalid prefix or the unsupported member type), or null. Never a secret.</summary>
    public string? Value { get; init; }
}
