namespace Activepieces.Connections.Generators.Diagnostics;

/// <summary>
/// The IDs of the Activepieces analyzers' diagnostics. They are stable: an ID is never reused for another rule.
/// Documented in <c>docs/diagnostics/APCnnn.md</c>.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>A <c>[PieceAuth]</c> type is not <c>partial</c>.</summary>
    public const string TypeNotPartial = "APC001";

    /// <summary>The piece name is not a valid npm package name.</summary>
    public const string InvalidPieceName = "APC002";

    /// <summary><c>ExternalIdPrefix</c> is empty or has characters outside <c>[A-Za-z0-9_-]</c>.</summary>
    public const string InvalidExternalIdPrefix = "APC003";

    /// <summary>Two <c>[PieceAuth]</c> types share an <c>ExternalIdPrefix</c>.</summary>
    public const string DuplicateExternalIdPrefix = "APC004";

    /// <summary>The members do not fit the auth type.</summary>
    public const string MembersDoNotFitAuthType = "APC005";

    /// <summary>A member's type cannot be sent as a prop value.</summary>
    public const string UnsupportedMemberType = "APC006";

    /// <summary>Two members map to the same prop key.</summary>
    public const string DuplicatePropKey = "APC007";

    /// <summary>Generic types, or types nested in generic types, are not supported.</summary>
    public const string GenericTypeNotSupported = "APC008";

    /// <summary><c>PieceVersion</c> is not valid semver.</summary>
    public const string InvalidPieceVersion = "APC009";

    /// <summary>The piece's metadata has no auth of this auth type.</summary>
    public const string AuthTypeNotInMetadata = "APC010";

    /// <summary>A required prop of the piece's auth has no member.</summary>
    public const string MissingRequiredProp = "APC011";

    /// <summary>A member matches no prop of the piece.</summary>
    public const string UnknownProp = "APC012";

    /// <summary>A member's type does not fit the prop type.</summary>
    public const string PropTypeMismatch = "APC013";

    /// <summary>A member maps to a secret prop but is not marked <c>[Secret]</c>.</summary>
    public const string SecretNotMarked = "APC014";

    /// <summary>A <c>*.piece.json</c> file is not valid piece metadata.</summary>
    public const string InvalidMetadataFile = "APC015";

    /// <summary>No metadata file was found for the type's piece.</summary>
    public const string NoMetadataFile = "APC016";

    /// <summary>An enum member's wire value is not among a dropdown's option values.</summary>
    public const string EnumValueNotInOptions = "APC017";

    /// <summary>A <c>[PieceAuth]</c> argument other than those above is not valid (auth type, display name, scope, client name).</summary>
    public const string InvalidAttributeArgument = "APC018";

    /// <summary>The type cannot be completed: abstract, static, a ref struct, file-local, derived or not accessible.</summary>
    public const string UnsupportedTypeShape = "APC019";

    /// <summary>The type declares a member the source generator emits, or implements <c>IConnectionValue</c> itself.</summary>
    public const string ConflictingMember = "APC020";

    /// <summary>A member of the type hides <c>AuthType</c> or <c>ConnectionScope</c> inside its <c>[PieceAuth]</c>.</summary>
    public const string ContractNameHidden = "APC021";

    /// <summary>
    /// No metadata file describes the type's piece although the project expects one (it has other metadata files or a
    /// <c>pieces/</c> folder, or the type was scaffolded), so the metadata checks are lost.
    /// </summary>
    public const string MetadataCheckLost = "APC022";

    /// <summary>The piece is a generic destination: servers that enforce piece binding block its connections for piece steps.</summary>
    public const string GenericDestinationPiece = "APC024";
}
