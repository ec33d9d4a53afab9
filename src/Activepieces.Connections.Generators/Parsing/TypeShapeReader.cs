using System.Collections.Generic;
using System.Threading;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Model;
using Activepieces.Records;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>Checks that a <c>[PieceAuth]</c> type (and its containing types) can be completed by a generated partial declaration.</summary>
internal static class TypeShapeReader
{
    /// <summary>The interface the generated partial implements.</summary>
    private const string ConnectionValueInterface = "IConnectionValue";

    /// <summary>Appends the type-level problems of <paramref name="type"/> to <paramref name="problems"/>.</summary>
    /// <param name="type">The connection type.</param>
    /// <param name="problems">Receives the problems reported with the type.</param>
    /// <param name="containingTypeProblems">
    /// Receives the problems of containing types that are reported with those types (see <see cref="NotPartialContainer"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the syntax reads.</param>
    public static void Check(INamedTypeSymbol type, List<DiagnosticInfo> problems, List<DiagnosticInfo> containingTypeProblems, CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                (SymbolEqualityComparer.Default.Equals(current, type) ? problems : containingTypeProblems).Add(NotPartial(current));
            }

            if (current.Arity > 0)
            {
                var why = SymbolEqualityComparer.Default.Equals(current, type) ? "is generic" : "is nested in the generic type '" + current.Name + "'";
                problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericTypeNotSupported, SourceLocations.ForType(type), type.Name, why));
            }

            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                problems.Add(Unsupported(current, "accessibility " + current.DeclaredAccessibility));
            }
        }

        if (type.IsStatic || type.IsAbstract)
        {
            problems.Add(Unsupported(type, type.IsStatic ? "static" : "abstract"));
        }

        if (type.IsRefLikeType)
        {
            problems.Add(Unsupported(type, "ref struct"));
        }

        if (type.IsFileLocal)
        {
            problems.Add(Unsupported(type, "file-local"));
        }

        if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } baseType)
        {
            problems.Add(Unsupported(type, "base type " + baseType.ToDisplayString()));
        }

        foreach (var name in GeneratedMemberNames.All)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (GeneratedSource.IsDeclaredByUser(member))
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingMember, SourceLocations.ForMemberNamed(type, name), type.Name, "'" + name + "'"));
                    break;
                }
            }
        }

        foreach (var implemented in type.Interfaces)
        {
            if (implemented.Name == ConnectionValueInterface
                && implemented.ContainingNamespace is { Name: KnownAttributes.ContractsNamespace, ContainingNamespace.IsGlobalNamespace: true }
                && GeneratedSource.UserListsInterface(type, implemented.Name, cancellationToken))
            {
                problems.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ConflictingMember,
                    SourceLocations.ForType(type),
                    type.Name,
                    "an implementation of " + KnownAttributes.ContractsNamespace + "." + ConnectionValueInterface));
            }
        }
    }

    /// <summary>
    /// The problem of a type that is not partial but contains a <c>[PieceAuth]</c> type at any depth, or null. It is
    /// reported with the containing type itself, where the code fix adds <c>partial</c>, and blocks the generation of
    /// every <c>[PieceAuth]</c> type inside it.
    /// </summary>
    /// <param name="type">Any type.</param>
    /// <param name="cancellationToken">Cancels the syntax reads.</param>
    /// <returns>The problem, or null.</returns>
    public static DiagnosticInfo? NotPartialContainer(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        NestsPieceAuthType(type) && !IsPartial(type, cancellationToken) ? NotPartial(type) : null;

    /// <summary>The kind of declaration of a type.</summary>
    /// <param name="type">The connection type or a containing type.</param>
    /// <returns>The declaration kind.</returns>
    public static TypeDeclarationKind DeclarationKind(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => TypeDeclarationKind.RecordStruct,
        { IsRecord: true } => TypeDeclarationKind.RecordClass,
        { TypeKind: TypeKind.Struct } => TypeDeclarationKind.Struct,
        { TypeKind: TypeKind.Interface } => TypeDeclarationKind.Interface,
        _ => TypeDeclarationKind.Class,
    };

    /// <summary>Whether the user declared <c>PrintMembers</c> or a parameterless <c>ToString()</c> on the type.</summary>
    /// <param name="type">The connection type.</param>
    /// <returns>True when the generator must not emit redaction.</returns>
    public static bool HasUserDefinedPrinting(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers("PrintMembers"))
        {
            if (!member.IsImplicitlyDeclared && GeneratedSource.IsDeclaredByUser(member))
            {
                return true;
            }
        }

        foreach (var member in type.GetMembers("ToString"))
        {
            if (!member.IsImplicitlyDeclared && member is IMethodSymbol { Parameters.Length: 0 } && GeneratedSource.IsDeclaredByUser(member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the type implements <c>IEquatable&lt;T&gt;</c> of itself (records always do).</summary>
    /// <param name="type">The connection type.</param>
    /// <returns>True when equality is value-based and the generated <c>Ensure…Async</c> can use it.</returns>
    public static bool IsEquatable(INamedTypeSymbol type)
    {
        if (type.IsRecord)
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented is { Name: "IEquatable", Arity: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                && SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0], type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether generated code in the type's namespace can name the type as a parameter and a tuple element: not generic
    /// nor nested in a generic type, every type of the chain public or internal, not static, not a ref struct, not
    /// file-local.
    /// </summary>
    /// <param name="type">The connection type.</param>
    /// <returns>True when a stand-in extension class can be emitted for it.</returns>
    public static bool CanBeNamedByGeneratedCode(INamedTypeSymbol type)
    {
        if (type.IsStatic || type.IsRefLikeType || type.IsFileLocal || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return false;
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.Arity > 0 || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the type and all its containing types are public.</summary>
    /// <param name="type">The connection type.</param>
    /// <returns>True when the extension class can be public.</returns>
    public static bool IsPublic(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static DiagnosticInfo NotPartial(INamedTypeSymbol type) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.TypeNotPartial, SourceLocations.ForType(type), type.Name);

    private static bool NestsPieceAuthType(INamedTypeSymbol type)
    {
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var attribute in nested.GetAttributes())
            {
                if (KnownAttributes.PieceAuth.Matches(attribute.AttributeClass))
                {
                    return true;
                }
            }

            if (NestsPieceAuthType(nested))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static DiagnosticInfo Unsupported(INamedTypeSymbol type, string reason) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTypeShape, SourceLocations.ForType(type), type.Name, reason);
}
