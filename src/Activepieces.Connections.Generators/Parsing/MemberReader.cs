using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Activepieces.Connections.Generators.Model;
using Activepieces.Records;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// Reads the members that make up a connection value: the public instance properties (with a public getter) and
/// public instance fields declared on the type, in declaration order, except those marked <c>[JsonIgnore]</c>.
/// Attributes are read from the member and, for a positional record member, from its primary-constructor parameter.
/// </summary>
internal static class MemberReader
{
    /// <summary>Reads the members of <paramref name="type"/>; every member's <see cref="ParsedMember.Field"/> is <see cref="WireField.Prop"/>.</summary>
    /// <param name="type">The connection type.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The members.</returns>
    public static List<ParsedMember> Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var members = new List<ParsedMember>();
        var primaryParameters = FindPrimaryConstructorParameters(type, cancellationToken);
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var memberType = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public } property => property.Type,
                IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public } field => field.Type,
                _ => null,
            };
            if (memberType is null)
            {
                continue;
            }

            var attributes = member.GetAttributes();
            var parameterAttributes = FindParameter(primaryParameters, member)?.GetAttributes()
                ?? ImmutableArray<AttributeData>.Empty;
            if (Find(attributes, parameterAttributes, KnownAttributes.JsonIgnore) is not null)
            {
                continue;
            }

            members.Add(CreateMember(member, memberType, attributes, parameterAttributes));
        }

        return members;
    }

    private static ParsedMember CreateMember(
        ISymbol member,
        ITypeSymbol memberType,
        ImmutableArray<AttributeData> attributes,
        ImmutableArray<AttributeData> parameterAttributes)
    {
        var pieceProp = KnownAttributes.FirstStringArgument(Find(attributes, parameterAttributes, KnownAttributes.PieceProp));
        var jsonName = KnownAttributes.FirstStringArgument(Find(attributes, parameterAttributes, KnownAttributes.JsonPropertyName));
        (var key, var source) = pieceProp is not null
            ? (pieceProp, KeySource.PieceProp)
            : jsonName is not null
                ? (jsonName, KeySource.JsonPropertyName)
                : (PropKeys.FromMemberName(member.Name), KeySource.Convention);
        var isSecret = Find(attributes, parameterAttributes, KnownAttributes.Secret) is not null;
        return new ParsedMember(member, key, source, MemberTypeClassifier.Classify(memberType), isSecret);
    }

    private static AttributeData? Find(ImmutableArray<AttributeData> attributes, ImmutableArray<AttributeData> parameterAttributes, AttributeName name) =>
        KnownAttributes.Find(attributes, name) ?? KnownAttributes.Find(parameterAttributes, name);

    /// <summary>
    /// The parameters of a record's primary constructor: the constructor declared by the type declaration itself
    /// (its syntax is the record declaration, not a constructor declaration).
    /// </summary>
    private static ImmutableArray<IParameterSymbol> FindPrimaryConstructorParameters(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (!type.IsRecord)
        {
            return ImmutableArray<IParameterSymbol>.Empty;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 0)
            {
                continue;
            }

            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
                {
                    return constructor.Parameters;
                }
            }
        }

        return ImmutableArray<IParameterSymbol>.Empty;
    }

    /// <summary>The primary-constructor parameter a positional record property was declared by (same source location).</summary>
    private static IParameterSymbol? FindParameter(ImmutableArray<IParameterSymbol> parameters, ISymbol member)
    {
        if (parameters.IsEmpty || member.Locations.IsEmpty)
        {
            return null;
        }

        var location = member.Locations[0];
        foreach (var parameter in parameters)
        {
            if (parameter.Name == member.Name && !parameter.Locations.IsEmpty && parameter.Locations[0].Equals(location))
            {
                return parameter;
            }
        }

        return null;
    }
}
