namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// Why a <c>[PieceAuth]</c> type cannot be completed as declared. The generator emits nothing for a type with any
/// problem; the analyzers turn each problem into a diagnostic.
/// </summary>
internal enum ShapeProblemKind
{
    /// <summary>The type, or the containing type named in <see cref="ShapeProblem.TypeName"/>, is not <c>partial</c>.</summary>
    NotPartial,

    /// <summary>The type, or the containing type named in <see cref="ShapeProblem.TypeName"/>, is generic.</summary>
    Generic,

    /// <summary>
    /// The type is abstract, static, a <c>ref struct</c>, derives from a type other than <c>object</c>, or is nested in
    /// a type that is not accessible to its namespace (private/protected), so the generated code cannot use it.
    /// </summary>
    UnsupportedTypeShape,

    /// <summary>The member in <see cref="ShapeProblem.MemberNames"/> has a type that cannot be written to JSON.</summary>
    UnsupportedMemberType,

    /// <summary>Several members (<see cref="ShapeProblem.MemberNames"/>) resolve to the same key or field (<see cref="ShapeProblem.Key"/>).</summary>
    DuplicateKey,

    /// <summary>
    /// The auth type requires the value field <see cref="ShapeProblem.Key"/> (e.g. <c>password</c>) and no member maps to it.
    /// </summary>
    MissingRequiredField,

    /// <summary>
    /// The members in <see cref="ShapeProblem.MemberNames"/> do not fit the auth type: a second member of a SECRET_TEXT
    /// type, any member of a NO_AUTH type, a BASIC_AUTH member other than username/password, or an OAuth2 field the
    /// flavour does not have (<see cref="ShapeProblem.Key"/>, e.g. <c>client_secret</c> on CLOUD_OAUTH2).
    /// </summary>
    UnexpectedMember,

    /// <summary>
    /// The member in <see cref="ShapeProblem.MemberNames"/> maps to the value field <see cref="ShapeProblem.Key"/>, which
    /// needs a string (or, for <c>authorization_method</c>/<c>grant_type</c>, a string or an enum).
    /// </summary>
    FieldTypeMismatch,

    /// <summary>The piece name is null, empty or not an npm package name.</summary>
    InvalidPieceName,

    /// <summary>The auth type argument is not a defined <c>AuthType</c> value.</summary>
    InvalidAuthType,

    /// <summary>The external-id prefix (explicit or derived) is empty or has characters other than <c>[A-Za-z0-9_.:-]</c>.</summary>
    InvalidExternalIdPrefix,

    /// <summary>The display name is empty or white space.</summary>
    InvalidDisplayName,

    /// <summary>The pinned piece version is not a semantic version (<c>1.2.3</c>, <c>1.2.3-beta.1</c>).</summary>
    InvalidPieceVersion,

    /// <summary>The scope argument is not a defined <c>ConnectionScope</c> value.</summary>
    InvalidScope,

    /// <summary>The client name is not a C# identifier.</summary>
    InvalidClientName,

    /// <summary>
    /// The type already declares a member the generator emits (<see cref="ShapeProblem.MemberNames"/>: e.g.
    /// <c>PieceName</c>, <c>ConnectionDescriptor</c>, <c>ExternalIdFor</c>), or implements <c>IConnectionValue</c> itself.
    /// </summary>
    ConflictingMember,
}
