using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Diagnostics;

/// <summary>The descriptors of every diagnostic the Activepieces analyzers report (category <c>Activepieces</c>).</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The category of every Activepieces diagnostic.</summary>
    public const string Category = "Activepieces";

    /// <summary>
    /// Where the diagnostics are documented, in the repository of the package; the ID and <c>.md</c> are appended. The
    /// same pages ship in the package under <c>docs/diagnostics/</c>, readable offline.
    /// </summary>
    public const string HelpLinkBase = GeneratorInfo.RepositoryUrl + "/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor TypeNotPartial = new(
        id: DiagnosticIds.TypeNotPartial,
        title: "A [PieceAuth] type must be partial",
        messageFormat: "'{0}' must be partial: the source generator completes it",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.TypeNotPartial + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor InvalidPieceName = new(
        id: DiagnosticIds.InvalidPieceName,
        title: "The piece name must be an npm package name",
        messageFormat: "'{0}' is not a valid npm package name: {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidPieceName + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor InvalidExternalIdPrefix = new(
        id: DiagnosticIds.InvalidExternalIdPrefix,
        title: "ExternalIdPrefix must be letters, digits, '_' or '-'",
        messageFormat: "ExternalIdPrefix '{0}' {1}: flows reference a connection by its external id, '<prefix><project id>'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidExternalIdPrefix + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor DuplicateExternalIdPrefix = new(
        id: DiagnosticIds.DuplicateExternalIdPrefix,
        title: "Two [PieceAuth] types share an ExternalIdPrefix",
        messageFormat: "'{0}' and '{1}' both use the external id prefix '{2}': their connections collide in every project",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateExternalIdPrefix + ".md",
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

    public static readonly DiagnosticDescriptor MembersDoNotFitAuthType = new(
        id: DiagnosticIds.MembersDoNotFitAuthType,
        title: "The members do not fit the auth type",
        messageFormat: "'{0}' does not fit AuthType.{1}: {2}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.MembersDoNotFitAuthType + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor UnsupportedMemberType = new(
        id: DiagnosticIds.UnsupportedMemberType,
        title: "The member's type cannot be sent as a prop value",
        messageFormat: "'{0}' has type '{1}', which cannot be sent as a prop value: use string, bool, a numeric type, an enum, a string collection or their nullable forms",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnsupportedMemberType + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor DuplicatePropKey = new(
        id: DiagnosticIds.DuplicatePropKey,
        title: "Two members map to the same prop key",
        messageFormat: "'{0}' maps to the prop key '{1}', which '{2}' already uses",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicatePropKey + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor GenericTypeNotSupported = new(
        id: DiagnosticIds.GenericTypeNotSupported,
        title: "Generic [PieceAuth] types are not supported",
        messageFormat: "'{0}' {1}: [PieceAuth] types cannot be generic or nested in a generic type",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.GenericTypeNotSupported + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor InvalidPieceVersion = new(
        id: DiagnosticIds.InvalidPieceVersion,
        title: "PieceVersion must be a semver version",
        messageFormat: "PieceVersion '{0}' is not a semver version such as '0.2.7'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidPieceVersion + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor AuthTypeNotInMetadata = new(
        id: DiagnosticIds.AuthTypeNotInMetadata,
        title: "The piece has no auth of this type",
        messageFormat: "The piece '{0}' has no {1} auth (its metadata declares: {2})",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.AuthTypeNotInMetadata + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor MissingRequiredProp = new(
        id: DiagnosticIds.MissingRequiredProp,
        title: "A required prop of the piece has no member",
        messageFormat: "'{0}' has no member for the required prop '{1}' ({2}) of '{3}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.MissingRequiredProp + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor UnknownProp = new(
        id: DiagnosticIds.UnknownProp,
        title: "The member matches no prop of the piece",
        messageFormat: "'{0}' maps to '{1}', which is not a prop of '{2}'{3}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnknownProp + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor PropTypeMismatch = new(
        id: DiagnosticIds.PropTypeMismatch,
        title: "The member's type does not fit the prop type",
        messageFormat: "'{0}' has type '{1}', but the prop '{2}' is {3}: {4}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.PropTypeMismatch + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor SecretNotMarked = new(
        id: DiagnosticIds.SecretNotMarked,
        title: "A secret prop's member is not marked [Secret]",
        messageFormat: "'{0}' holds the secret '{1}' but is not marked [Secret]: it would appear in ToString(), logs and exceptions",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.SecretNotMarked + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor InvalidMetadataFile = new(
        id: DiagnosticIds.InvalidMetadataFile,
        title: "The piece metadata file is not valid",
        messageFormat: "'{0}' is not valid piece metadata ({1}, line {2}, position {3}); it is ignored",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidMetadataFile + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor NoMetadataFile = new(
        id: DiagnosticIds.NoMetadataFile,
        title: "No metadata file for the piece",
        messageFormat: "No *.piece.json additional file describes '{0}', so only the shape of '{1}' was checked: run 'dotnet activepieces pieces pull {0}' to add its metadata",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.NoMetadataFile + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor MetadataCheckLost = new(
        id: DiagnosticIds.MetadataCheckLost,
        title: "The piece's metadata file is missing, so its checks are lost",
        messageFormat: "No *.piece.json additional file describes '{0}' although {2}, so '{1}' is not checked against the piece's auth: run 'dotnet activepieces pieces pull {0}', or set the MSBuild property ActivepiecesExpectPieceMetadata to false in a project that has no metadata on purpose",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.MetadataCheckLost + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor EnumValueNotInOptions = new(
        id: DiagnosticIds.EnumValueNotInOptions,
        title: "The enum value is not an option of the dropdown",
        messageFormat: "'{0}.{1}' is sent as '{2}', which is not an option of the prop '{3}' (options: {4})",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.EnumValueNotInOptions + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor InvalidAttributeArgument = new(
        id: DiagnosticIds.InvalidAttributeArgument,
        title: "A [PieceAuth] argument is not valid",
        messageFormat: "The [PieceAuth] argument {0} {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidAttributeArgument + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor UnsupportedTypeShape = new(
        id: DiagnosticIds.UnsupportedTypeShape,
        title: "The [PieceAuth] type cannot be completed",
        messageFormat: "'{0}' cannot be completed by the source generator: it is {1}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnsupportedTypeShape + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor ConflictingMember = new(
        id: DiagnosticIds.ConflictingMember,
        title: "The [PieceAuth] type declares a generated member",
        messageFormat: "'{0}' already declares {1}, which the source generator emits for [PieceAuth] types",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.ConflictingMember + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor ContractNameHidden = new(
        id: DiagnosticIds.ContractNameHidden,
        title: "A member hides AuthType or ConnectionScope inside [PieceAuth]",
        messageFormat: "'{0}' declares a member '{1}', which hides Activepieces.{1} inside its [PieceAuth] attribute: write '{2}'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.ContractNameHidden + ".md",
        customTags: System.Array.Empty<string>());

    public static readonly DiagnosticDescriptor GenericDestinationPiece = new(
        id: DiagnosticIds.GenericDestinationPiece,
        title: "The piece is a generic destination, whose connections piece binding blocks",
        messageFormat: "'{0}' is a generic-destination piece: a server with AP_ENFORCE_CONNECTION_PIECE_BINDING on blocks the predefined connections of '{1}' for piece steps (APP_CONNECTION_BLOCKED_FOR_PIECE)",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.GenericDestinationPiece + ".md",
        customTags: System.Array.Empty<string>());
}
