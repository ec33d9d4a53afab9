using Activepieces.Records;

namespace Activepieces.Connections.Generators.Model;

/// <summary>One property or field of a connection type and how the emitter writes and prints it.</summary>
internal sealed record ConnectionMemberModel
{
    /// <summary>The member name as declared, e.g. <c>ApiKey</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The member name as a C# identifier (prefixed with <c>@</c> when it is a keyword).</summary>
    public required string Identifier { get; init; }

    /// <summary>The prop key the member is written under when <see cref="Field"/> is <see cref="WireField.Prop"/>.</summary>
    public required string Key { get; init; }

    /// <summary>Where the member is written inside <c>value</c>.</summary>
    public required WireField Field { get; init; }

    /// <summary>How the member's type is written.</summary>
    public required MemberTypeKind TypeKind { get; init; }

    /// <summary>The fully qualified C# type, e.g. <c>global::System.Collections.Generic.IReadOnlyList&lt;string&gt;</c>.</summary>
    public required string TypeName { get; init; }

    /// <summary>Whether the member may be null (nullable reference annotation or <c>Nullable&lt;T&gt;</c>); null members are omitted.</summary>
    public required bool IsNullable { get; init; }

    /// <summary>Whether the type is <c>Nullable&lt;T&gt;</c> (the value is read with <c>.Value</c>).</summary>
    public required bool IsNullableValueType { get; init; }

    /// <summary>Whether <c>ToString()</c> prints <c>***</c> for the member: <c>[Secret]</c>, or a secret field by nature (password, …).</summary>
    public required bool IsRedacted { get; init; }

    /// <summary>The enum members with their wire values when <see cref="TypeKind"/> is <see cref="MemberTypeKind.Enum"/>.</summary>
    public required EquatableArray<EnumValueModel> EnumValues { get; init; }
}
