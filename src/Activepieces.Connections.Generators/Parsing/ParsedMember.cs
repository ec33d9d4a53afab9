using Activepieces.CSharp;
using Activepieces.Connections.Generators.Model;
using Activepieces.Records;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// One member of a <c>[PieceAuth]</c> type as the parser and the analyzers see it: its symbol (for locations), how its
/// key was found and whether it is marked <c>[Secret]</c>. <see cref="ToModel"/> keeps what the emitter reads.
/// </summary>
internal sealed class ParsedMember
{
    /// <summary>Creates a member mapped to <see cref="WireField.Prop"/>.</summary>
    /// <param name="symbol">The property or field.</param>
    /// <param name="key">The resolved key.</param>
    /// <param name="keySource">How the key was resolved.</param>
    /// <param name="type">The classification of the member's type.</param>
    /// <param name="hasSecretAttribute">Whether the member carries <c>[Secret]</c>.</param>
    public ParsedMember(ISymbol symbol, string key, KeySource keySource, MemberTypeClassifier.Classification type, bool hasSecretAttribute)
    {
        Symbol = symbol;
        Key = key;
        KeySource = keySource;
        Type = type;
        HasSecretAttribute = hasSecretAttribute;
    }

    /// <summary>The property or field.</summary>
    public ISymbol Symbol { get; }

    /// <summary>The member name as declared.</summary>
    public string Name => Symbol.Name;

    /// <summary>
    /// The resolved key: the prop key for <see cref="WireField.Prop"/> members, otherwise the key the member would have
    /// had (the wire field is decided from it for BASIC_AUTH and the OAuth2 types).
    /// </summary>
    public string Key { get; }

    /// <summary>How <see cref="Key"/> was resolved.</summary>
    public KeySource KeySource { get; }

    /// <summary>How the member's type is written.</summary>
    public MemberTypeClassifier.Classification Type { get; }

    /// <summary>Whether the member carries <c>[Secret]</c>.</summary>
    public bool HasSecretAttribute { get; }

    /// <summary>Where the member is written inside <c>value</c>; <see cref="WireField.Prop"/> until <see cref="WireFieldMapper"/> maps it.</summary>
    public WireField Field { get; set; } = WireField.Prop;

    /// <summary>The emitter's view of the member.</summary>
    /// <returns>The model.</returns>
    public ConnectionMemberModel ToModel() => new()
    {
        Name = Name,
        Identifier = CSharpNames.Escape(Name),
        Key = Key,
        Field = Field,
        TypeKind = Type.Kind,
        TypeName = Type.TypeName,
        IsNullable = Type.IsNullable,
        IsNullableValueType = Type.IsNullableValueType,
        IsRedacted = HasSecretAttribute || WireFields.IsSecretByNature(Field),
        EnumValues = Type.EnumValues,
    };
}
