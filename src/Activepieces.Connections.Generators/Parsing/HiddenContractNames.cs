using System.Collections.Generic;
using System.Threading;
using Activepieces.Connections.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// Finds <c>AuthType.X</c> or <c>ConnectionScope.X</c> in a <c>[PieceAuth]</c> application where a member of the type
/// (or of a containing type) has that name: attribute arguments bind inside the type, so the member hides the enum and
/// the compiler only says CS0120. A member typed as the enum itself does not hide it (the "Color Color" rule).
/// </summary>
internal static class HiddenContractNames
{
    private static readonly string[] Names = { nameof(AuthType), nameof(ConnectionScope) };

    /// <summary>Appends an APC021 problem for each hidden name written in the attribute.</summary>
    /// <param name="type">The attributed type.</param>
    /// <param name="attribute">The <c>[PieceAuth]</c> application.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="cancellationToken">Cancels the syntax read.</param>
    /// <returns>Whether a hidden name was found.</returns>
    public static bool Check(INamedTypeSymbol type, AttributeData attribute, List<DiagnosticInfo> problems, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList: { } arguments })
        {
            return false;
        }

        var found = false;
        foreach (var argument in arguments.Arguments)
        {
            foreach (var node in argument.Expression.DescendantNodesAndSelf())
            {
                if (node is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax identifier } access
                    && IsContractName(identifier.Identifier.ValueText)
                    && HidingMember(type, identifier.Identifier.ValueText) is not null)
                {
                    var name = identifier.Identifier.ValueText;
                    problems.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ContractNameHidden,
                        identifier.GetLocation(),
                        type.Name,
                        name,
                        "global::" + KnownAttributes.ContractsNamespace + "." + name + "." + access.Name.Identifier.ValueText));
                    found = true;
                }
            }
        }

        return found;
    }

    private static bool IsContractName(string name)
    {
        foreach (var candidate in Names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A member named <paramref name="name"/> of the type or a containing type that is not typed as the enum itself.</summary>
    private static ISymbol? HidingMember(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var member in current.GetMembers(name))
            {
                var memberType = member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
                var isTheEnum = memberType is { Name: var typeName, ContainingNamespace: { Name: KnownAttributes.ContractsNamespace, ContainingNamespace.IsGlobalNamespace: true } }
                    && typeName == name;
                if (!isTheEnum && member is not INamedTypeSymbol)
                {
                    return member;
                }
            }
        }

        return null;
    }
}
