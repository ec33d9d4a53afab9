using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// Tells the user's declarations from the ones this generator added. The generator parses the compilation before its own
/// output exists; the analyzers see the final compilation, where the generated partial declares <c>PieceName</c>,
/// <c>IConnectionValue</c>, <c>PrintMembers</c>, … — which must not count as the user's.
/// </summary>
internal static class GeneratedSource
{
    /// <summary>The folder of a generated tree's path: <c>{assembly}/{generator type}/{hint name}</c>.</summary>
    private const string GeneratorFolder = "Activepieces.Connections.Generators/Activepieces.Connections.Generators.PieceAuthGenerator/";

    /// <summary>Whether <paramref name="tree"/> is a file this generator added.</summary>
    /// <param name="tree">A syntax tree.</param>
    /// <returns>True for the generator's own output.</returns>
    public static bool IsGeneratedByUs(SyntaxTree? tree) =>
        tree is not null && tree.FilePath.Replace('\\', '/').Contains(GeneratorFolder);

    /// <summary>Whether the user declared <paramref name="symbol"/> (outside this generator's output).</summary>
    /// <param name="symbol">A member symbol.</param>
    /// <returns>True when at least one declaration is the user's.</returns>
    public static bool IsDeclaredByUser(ISymbol symbol)
    {
        if (symbol.DeclaringSyntaxReferences.IsEmpty)
        {
            return !symbol.IsImplicitlyDeclared;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (!IsGeneratedByUs(reference.SyntaxTree))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a user declaration of <paramref name="type"/> lists an interface named <paramref name="interfaceName"/> in its base list.</summary>
    /// <param name="type">The type.</param>
    /// <param name="interfaceName">The simple interface name, e.g. <c>IConnectionValue</c>.</param>
    /// <param name="cancellationToken">Cancels the syntax walk.</param>
    /// <returns>True when the user wrote the interface.</returns>
    public static bool UserListsInterface(INamedTypeSymbol type, string interfaceName, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (IsGeneratedByUs(reference.SyntaxTree)
                || reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax { BaseList: { } baseList })
            {
                continue;
            }

            foreach (var baseType in baseList.Types)
            {
                if (RightmostName(baseType.Type) == interfaceName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };
}
