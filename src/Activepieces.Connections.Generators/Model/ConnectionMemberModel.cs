namespace Activepieces.Connections.Generators.Model;

/// <summary>One property or field of a connection type and how it is written.</summary>
internal sealed record ConnectionMemberModel
{
    /// <summary>The member name as declared, e.g. <c>ApiKey</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The member name as a C# identifier (prefixed with <c>@</c> when it is a keyword).</summary>
    public required string Identifier { get; init; }

    /// <summary>
    /// The resolved key: the prop key for <see cref="WireField.Prop"/> members, otherwise the key the member would
    /// have had (the wire field is decided from it for BASIC_AUTH and OAuth2 kinds).
    /// </summary>
    public required string Key { get; init; }

    /// <summary>How <see cref="Key"/> was resolved.</summary>
    public required KeySource KeySource { get; init; }

    /// <summary>Where the member is written inside <c>value</c>; <see cref="WireField.Prop"/> until mapped.</summary>
    public required WireField Field { get; init; }

    /// <summary>How the member's type is written.</summary>
    public required MemberTypeKind TypeKind { get; init; }

    /// <summary>The fully qualified C# type, e.g. <c>global::System.Collections.Generic.IReadOnlyList&lt;string&gt;</c>.</summary>
    public required string TypeName { get; init; }

    /// <summary>Whether the member may be null (nullable reference annotation or <c>Nullable&lt;T&gt;</c>); null members are omitted.</summary>
    public required bool IsNullable { get; init; }

    /// <summary>Whether the type is <c>Nullable&lt;T&gt;</c> (the value is read with <c>.Value</c>).</summary>
    public required bool IsNullableValueType { get; init; }

    /// <summary>Whether the member carries <c>[Secret]</c>.</summary>
    public required bool HasSecretAttribute { get; init; }

    /// <summary>The enum members with their wire values when <see cref="TypeKind"/> is <see cref="MemberTypeKind.Enum"/>.</summary>
    public required EquatableArray<EnumValueModel> EnumValues { get; init; }

    /// <summary>Whether the member is redacted by <c>ToString()</c>: <c>[Secret]</c>, or a secret field by nature (password, …).</summary>
    public bool IsRedacted => HasSecretAttribute || WireFields.IsSecretByNature(Field);
}
