namespace Activepieces.Connections.Generators.Model;

/// <summary>
/// Everything the emitter needs to complete one <c>[PieceAuth]</c> type. Value-equatable (strings, enums, booleans and
/// <see cref="EquatableArray{T}"/>), so the incremental pipeline can cache it; it holds no symbol, syntax, location or
/// compilation.
/// </summary>
internal sealed record ConnectionTypeModel
{
    /// <summary>The namespace (e.g. <c>Gelato.Backend</c>), or empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The type name (escaped if it is a keyword), e.g. <c>GelatoConnection</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The fully qualified type, e.g. <c>global::Gelato.Backend.GelatoConnection</c>.</summary>
    public required string FullyQualifiedName { get; init; }

    /// <summary>The kind of declaration.</summary>
    public required TypeDeclarationKind DeclarationKind { get; init; }

    /// <summary>Whether the type is <c>sealed</c> (decides the <c>PrintMembers</c> signature of a record class).</summary>
    public required bool IsSealed { get; init; }

    /// <summary>Whether the type and all its containing types are public (else the extension class is internal).</summary>
    public required bool IsPublic { get; init; }

    /// <summary>Whether the type implements <c>IEquatable&lt;T&gt;</c> of itself (records always do); decides <c>Ensure…Async</c>.</summary>
    public required bool IsEquatable { get; init; }

    /// <summary>Whether the user declared <c>PrintMembers</c> or <c>ToString()</c>; then no redaction member is emitted.</summary>
    public required bool HasUserDefinedPrinting { get; init; }

    /// <summary>The containing types, outermost first; empty for a top-level type.</summary>
    public required EquatableArray<ContainingTypeModel> ContainingTypes { get; init; }

    /// <summary>The attribute arguments with defaults applied.</summary>
    public required PieceAuthSettings Settings { get; init; }

    /// <summary>The members, in declaration order, each mapped to its wire field.</summary>
    public required EquatableArray<ConnectionMemberModel> Members { get; init; }

    /// <summary>A file-name-safe unique name for the generated file, e.g. <c>Gelato.Backend.GelatoConnection.g.cs</c>.</summary>
    public required string HintName { get; init; }
}
