using System.Collections.Generic;
using System.Threading;
using Activepieces.Connections.Generators.Contracts;
using Activepieces.Connections.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>Checks that a <c>[PieceAuth]</c> type (and its containing types) can be completed by a generated partial declaration.</summary>
internal static class TypeShapeReader
{
    /// <summary>The member names the generator adds to the type; a user member with one of them is a conflict.</summary>
    public static readonly string[] GeneratedMemberNames =
    {
        nameof(PieceAuthAttribute.PieceName),
        nameof(PieceAuthAttribute.ExternalIdPrefix),
        "ConnectionDescriptor",
        "ExternalIdFor",
        "TryGetExternalProjectId",
        Emitting.ValueWriterEmitter.EncodedTextClass,
    };

    /// <summary>Appends the type-level problems of <paramref name="type"/> to <paramref name="problems"/>.</summary>
    /// <param name="type">The connection type.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="cancellationToken">Cancels the syntax reads.</param>
    public static void Check(INamedTypeSymbol type, List<ShapeProblem> problems, CancellationToken cancellationToken)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                problems.Add(new ShapeProblem { Kind = ShapeProblemKind.NotPartial, TypeName = current.Name });
            }

            if (current.Arity > 0)
            {
                problems.Add(new ShapeProblem { Kind = ShapeProblemKind.Generic, TypeName = current.Name });
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

        foreach (string name in GeneratedMemberNames)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                if (GeneratedSource.IsDeclaredByUser(member))
                {
                    problems.Add(new ShapeProblem { Kind = ShapeProblemKind.ConflictingMember, MemberNames = new EquatableArray<string>(new[] { name }) });
                    break;
                }
            }
        }

        foreach (INamedTypeSymbol implemented in type.Interfaces)
        {
            if (implemented.Name == "IConnectionValue"
                && implemented.ContainingNamespace is { Name: "Activepieces", ContainingNamespace.IsGlobalNamespace: true }
                && GeneratedSource.UserListsInterface(type, implemented.Name, cancellationToken))
            {
                problems.Add(new ShapeProblem { Kind = ShapeProblemKind.ConflictingMember, Value = "Activepieces.IConnectionValue" });
            }
        }
    }

    /// <summary>The declaration keyword of a type: <c>record</c>, <c>record struct</c>, <c>class</c>, <c>struct</c> or <c>interface</c>.</summary>
    /// <param name="type">A type.</param>
    /// <returns>The keyword.</returns>
    public static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    /// <summary>The kind of declaration of the connection type.</summary>
    /// <param name="type">The connection type.</param>
    /// <returns>The declaration kind.</returns>
    public static TypeDeclarationKind DeclarationKind(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => TypeDeclarationKind.RecordStruct,
        { IsRecord: true } => TypeDeclarationKind.RecordClass,
        { TypeKind: TypeKind.Struct } => TypeDeclarationKind.Struct,
        _ => TypeDeclarationKind.Class,
    };

    /// <summary>Whether the user declared <c>PrintMembers</c> or a parameterless <c>ToString()</c> on the type.</summary>
    /// <param name="type">The connection type.</param>
    /// <returns>True when the generator must not emit redaction.</returns>
    public static bool HasUserDefinedPrinting(INamedTypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers("PrintMembers"))
        {
            if (!member.IsImplicitlyDeclared && GeneratedSource.IsDeclaredByUser(member))
            {
                return true;
            }
        }

        foreach (ISymbol member in type.GetMembers("ToString"))
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

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented is { Name: "IEquatable", Arity: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                && SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0], type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the type and all its containing types are public.</summary>
    /// <param name="type">The connection type.</param>
    /// <returns>True when the extension class can be public.</returns>
    public static bool IsPublic(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static ShapeProblem Unsupported(INamedTypeSymbol type, string reason) =>
        new() { Kind = ShapeProblemKind.UnsupportedTypeShape, TypeName = type.Name, Value = reason };
}
