using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>Finds the syntax a problem belongs on: a type's name, a member, or an argument of <c>[PieceAuth]</c>.</summary>
internal static class SourceLocations
{
    /// <summary>The name of <paramref name="type"/> in its first source declaration, or <see cref="Location.None"/>.</summary>
    /// <param name="type">A type.</param>
    /// <returns>The location.</returns>
    public static Location ForType(INamedTypeSymbol type) => FirstInSource(type.Locations) ?? Location.None;

    /// <summary>The declaration of a member symbol, or the type's name when it has none in source.</summary>
    /// <param name="member">The member.</param>
    /// <param name="type">The type that declares it.</param>
    /// <returns>The location.</returns>
    public static Location ForMember(ISymbol member, INamedTypeSymbol type) => FirstInSource(member.Locations) ?? ForType(type);

    /// <summary>The first declaration of any member of <paramref name="type"/> named <paramref name="memberName"/>, or the type's name.</summary>
    /// <param name="type">The type.</param>
    /// <param name="memberName">The member name.</param>
    /// <returns>The location.</returns>
    public static Location ForMemberNamed(INamedTypeSymbol type, string memberName)
    {
        foreach (var member in type.GetMembers(memberName))
        {
            if (FirstInSource(member.Locations) is { } location)
            {
                return location;
            }
        }

        return ForType(type);
    }

    /// <summary>
    /// The constructor argument at <paramref name="index"/> of the <c>[PieceAuth]</c> application (written in position
    /// or by its parameter name); the attribute itself when the argument is not written.
    /// </summary>
    /// <param name="attribute">The attribute application.</param>
    /// <param name="index">The constructor parameter's position.</param>
    /// <param name="type">The attributed type (the fallback location).</param>
    /// <param name="cancellationToken">Cancels the syntax read.</param>
    /// <returns>The location.</returns>
    public static Location ForConstructorArgument(AttributeData attribute, int index, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
        var parameterName = index < parameters.Length ? parameters[index].Name : null;
        return Find(attribute, type, parameterName, index, cancellationToken);
    }

    /// <summary>The named argument <paramref name="propertyName"/> of the <c>[PieceAuth]</c> application; the attribute itself when it is not written.</summary>
    /// <param name="attribute">The attribute application.</param>
    /// <param name="propertyName">The attribute property, e.g. <c>ExternalIdPrefix</c>.</param>
    /// <param name="type">The attributed type (the fallback location).</param>
    /// <param name="cancellationToken">Cancels the syntax read.</param>
    /// <returns>The location.</returns>
    public static Location ForNamedArgument(AttributeData attribute, string propertyName, INamedTypeSymbol type, CancellationToken cancellationToken) =>
        Find(attribute, type, propertyName, position: -1, cancellationToken);

    private static Location Find(AttributeData attribute, INamedTypeSymbol type, string? name, int position, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return ForType(type);
        }

        if (syntax.ArgumentList is { } list)
        {
            var positional = 0;
            foreach (var argument in list.Arguments)
            {
                var writtenName = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon?.Name.Identifier.ValueText;
                if (writtenName is not null ? writtenName == name : positional == position)
                {
                    return argument.GetLocation();
                }

                if (argument.NameEquals is null)
                {
                    positional++;
                }
            }
        }

        return syntax.GetLocation();
    }

    private static Location? FirstInSource(ImmutableArray<Location> locations)
    {
        foreach (var location in locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }
}
