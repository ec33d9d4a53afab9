using System.Collections.Generic;
using Activepieces.CSharp;
using Activepieces.Connections.Generators.Model;
using Activepieces.Records;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>Decides how a member's C# type is written to JSON.</summary>
internal static class MemberTypeClassifier
{
    /// <summary>The classification of one member type.</summary>
    /// <param name="Kind">How the type is written.</param>
    /// <param name="TypeName">The fully qualified type without nullability, e.g. <c>global::System.Int32</c>.</param>
    /// <param name="IsNullable">Whether the member may be null.</param>
    /// <param name="IsNullableValueType">Whether the type is <c>Nullable&lt;T&gt;</c>.</param>
    /// <param name="EnumValues">The enum members and wire values for enums.</param>
    public readonly record struct Classification(
        MemberTypeKind Kind,
        string TypeName,
        bool IsNullable,
        bool IsNullableValueType,
        EquatableArray<EnumValueModel> EnumValues);

    /// <summary>Classifies <paramref name="type"/>.</summary>
    /// <param name="type">The member's type.</param>
    /// <returns>The classification; <see cref="MemberTypeKind.Unsupported"/> when it cannot be written.</returns>
    public static Classification Classify(ITypeSymbol type)
    {
        var isNullableValueType = false;
        var underlying = type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            isNullableValueType = true;
            underlying = nullable.TypeArguments[0];
        }

        var isNullable = isNullableValueType || type.NullableAnnotation == NullableAnnotation.Annotated;
        var typeName = underlying.WithNullableAnnotation(NullableAnnotation.NotAnnotated)
            .ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var kind = ClassifyKind(underlying);
        var enumValues = kind == MemberTypeKind.Enum
            ? ReadEnumValues((INamedTypeSymbol)underlying)
            : EquatableArray<EnumValueModel>.Empty;
        return new Classification(kind, typeName, isNullable, isNullableValueType, enumValues);
    }

    private static MemberTypeKind ClassifyKind(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return MemberTypeKind.String;
            case SpecialType.System_Boolean:
                return MemberTypeKind.Boolean;
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
                return MemberTypeKind.Integer;
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return MemberTypeKind.Floating;
        }

        if (type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol)
        {
            return MemberTypeKind.Enum;
        }

        return IsStringCollection(type) ? MemberTypeKind.StringCollection : MemberTypeKind.Unsupported;
    }

    private static bool IsStringCollection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.Rank == 1 && array.ElementType.SpecialType == SpecialType.System_String;
        }

        // Value-type collections (ImmutableArray<string>, …) are not supported: their default value cannot be enumerated.
        if (type.SpecialType == SpecialType.System_String || !type.IsReferenceType || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (IsEnumerableOfString(type))
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (IsEnumerableOfString(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEnumerableOfString(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } named
        && named.TypeArguments[0].SpecialType == SpecialType.System_String;

    private static EquatableArray<EnumValueModel> ReadEnumValues(INamedTypeSymbol enumType)
    {
        var values = new List<EnumValueModel>();
        var seenConstants = new HashSet<object>();
        foreach (var member in enumType.GetMembers())
        {
            // An alias (a second member with the same value) would be an unreachable switch arm: the first name wins.
            if (member is not IFieldSymbol { IsConst: true, ConstantValue: { } constant } field || !seenConstants.Add(constant))
            {
                continue;
            }

            var attributes = field.GetAttributes();
            var wire = KnownAttributes.FirstStringArgument(KnownAttributes.Find(attributes, KnownAttributes.JsonStringEnumMemberName))
                ?? EnumMemberValue(KnownAttributes.Find(attributes, KnownAttributes.EnumMember))
                ?? field.Name;
            values.Add(new EnumValueModel(CSharpNames.Escape(field.Name), wire));
        }

        return EquatableArray<EnumValueModel>.From(values);
    }

    private static string? EnumMemberValue(AttributeData? enumMember)
    {
        if (enumMember is null)
        {
            return null;
        }

        foreach (var argument in enumMember.NamedArguments)
        {
            if (argument.Key == "Value" && argument.Value.Value is string value)
            {
                return value;
            }
        }

        return null;
    }
}
