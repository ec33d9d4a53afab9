using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>Finds the syntax a diagnostic belongs on: a type's name, a member, or an argument of <c>[PieceAuth]</c>.</summary>
internal static class DiagnosticLocations
{
    /// <summary>The constructor parameters of <c>PieceAuthAttribute</c>, in order.</summary>
    private static readonly string[] ConstructorParameters = { "pieceName", "authType" };

    /// <summary>
    /// The name of <paramref name="type"/>, or of the containing type named <paramref name="typeName"/>, in its first
    /// source declaration.
    /// </summary>
    public static Location ForType(INamedTypeSymbol type, string? typeName = null)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (typeName is null || current.Name == typeName)
            {
                return FirstSourceLocation(current) ?? FirstSourceLocation(type) ?? Location.None;
            }
        }

        return FirstSourceLocation(type) ?? Location.None;
    }

    /// <summary>The declaration of the member <paramref name="memberName"/> of <paramref name="type"/>, or the type's name.</summary>
    public static Location ForMember(INamedTypeSymbol type, string memberName)
    {
        foreach (var member in type.GetMembers(memberName))
        {
            if (member is IPropertySymbol or IFieldSymbol && FirstSourceLocation(member) is { } location)
            {
                return location;
            }
        }

        return ForType(type);
    }

    /// <summary>
    /// The argument <paramref name="argumentName"/> (a constructor parameter name or a named property) of the
    /// <c>[PieceAuth]</c> application; the attribute itself when the argument is not written.
    /// </summary>
    public static Location ForArgument(AttributeData attribute, string argumentName, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return ForType(type);
        }

        var position = Array.IndexOf(ConstructorParameters, argumentName);
        var arguments = syntax.ArgumentList?.Arguments;
        if (arguments is { } list)
        {
            var positional = 0;
            foreach (var argument in list)
            {
                if (argument.NameEquals is { } nameEquals)
                {
                    if (nameEquals.Name.Identifier.ValueText == argumentName)
                    {
                        return argument.GetLocation();
                    }

                    continue;
                }

                if (argument.NameColon is { } nameColon)
                {
                    if (nameColon.Name.Identifier.ValueText == argumentName)
                    {
                        return argument.GetLocation();
                    }
                }
                else if (positional == position)
                {
                    return argument.GetLocation();
                }

                positional++;
            }
        }

        return syntax.GetLocation();
    }

    private static Location? FirstSourceLocation(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }
}
