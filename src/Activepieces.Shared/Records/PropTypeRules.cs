using Activepieces.Metadata;

namespace Activepieces.Records;

/// <summary>Which member types fit which prop types, and what to declare for a prop.</summary>
internal static class PropTypeRules
{
    /// <summary>
    /// Whether a member of kind <paramref name="kind"/> can hold a value of a prop of type <paramref name="propType"/>.
    /// Unknown prop types fit anything (the analyzers do not guess); MARKDOWN fits nothing (it carries no value).
    /// </summary>
    public static bool Fits(MemberTypeKind kind, string propType) => propType switch
    {
        PieceMetadataTypes.ShortText or PieceMetadataTypes.LongText or PieceMetadataTypes.SecretText => kind == MemberTypeKind.String,
        PieceMetadataTypes.Number => kind is MemberTypeKind.Integer or MemberTypeKind.Floating,
        PieceMetadataTypes.Checkbox => kind == MemberTypeKind.Boolean,
        PieceMetadataTypes.StaticDropdown => kind is MemberTypeKind.String or MemberTypeKind.Enum,
        PieceMetadataTypes.StaticMultiSelectDropdown => kind == MemberTypeKind.StringCollection,
        PieceMetadataTypes.Markdown => false,
        _ => true,
    };

    /// <summary>What a member of a prop of type <paramref name="propType"/> must be, for messages.</summary>
    public static string Expectation(string propType) => propType switch
    {
        PieceMetadataTypes.ShortText or PieceMetadataTypes.LongText or PieceMetadataTypes.SecretText => "use string",
        PieceMetadataTypes.Number => "use a numeric type such as int, long, double or decimal",
        PieceMetadataTypes.Checkbox => "use bool",
        PieceMetadataTypes.StaticDropdown => "use string or an enum whose values are the dropdown's options",
        PieceMetadataTypes.StaticMultiSelectDropdown => "use a string collection such as IReadOnlyList<string>",
        PieceMetadataTypes.Markdown => "a MARKDOWN prop is display text and carries no value; remove the member",
        _ => "use a type that fits the prop",
    };

    /// <summary>The C# type a new member for a prop of type <paramref name="propType"/> is declared with, or null for MARKDOWN.</summary>
    public static string? SuggestedType(string propType) => propType switch
    {
        PieceMetadataTypes.Number => "double",
        PieceMetadataTypes.Checkbox => "bool",
        PieceMetadataTypes.StaticMultiSelectDropdown => "global::System.Collections.Generic.IReadOnlyList<string>",
        PieceMetadataTypes.Markdown => null,
        _ => "string",
    };
}
