namespace Activepieces.Connections.Generators.Model;

/// <summary>
/// What the emitter reads to complete one <c>[PieceAuth]</c> type, and nothing else. Value-equatable (strings, enums,
/// booleans and <see cref="EquatableArray{T}"/>), so the incremental pipeline can cache it; it holds no symbol, syntax,
/// location or compilation.
/// </summary>
internal sealed record ConnectionTypeModel
{
    /// <summary>The namespace, the containing types and the type's declaration.</summary>
    public required HierarchyInfo Hierarchy { get; init; }

    /// <summary>Whether the type is <c>sealed</c> (decides the <c>PrintMembers</c> signature of a record class).</summary>
    public required bool IsSealed { get; init; }

    /// <summary>Whether the type and all its containing types are public (else the extension class is internal).</summary>
    public required bool IsPublic { get; init; }

    /// <summary>Whether the type implements <c>IEquatable&lt;T&gt;</c> of itself (records always do); decides <c>Ensure…Async</c>.</summary>
    public required bool IsEquatable { get; init; }

    /// <summary>Whether the user declared <c>PrintMembers</c> or <c>ToString()</c>; then no redaction member is emitted.</summary>
    public required bool HasUserDefinedPrinting { get; init; }

    /// <summary>The attribute arguments with defaults applied.</summary>
    public required PieceAuthSettings Settings { get; init; }

    /// <summary>The members, in declaration order, each mapped to its wire field.</summary>
    public required EquatableArray<ConnectionMemberModel> Members { get; init; }

    /// <summary>
    /// Everything, or only the stand-in of a type with a problem. A stand-in's <see cref="Settings"/> hold the arguments
    /// as written with the defaults applied, and its <see cref="Members"/> are empty.
    /// </summary>
    public GenerationMode Mode { get; init; }
}
