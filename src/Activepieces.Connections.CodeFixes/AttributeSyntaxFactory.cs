using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Activepieces.Connections.CodeFixes;

/// <summary>Builds the <c>[PieceProp]</c> and <c>[Secret]</c> attributes, fully qualified and marked for simplification.</summary>
internal static class AttributeSyntaxFactory
{
    /// <summary><c>[PieceProp("key")]</c> (written <c>PieceProp</c> when <c>Activepieces</c> is imported).</summary>
    public static AttributeSyntax PieceProp(string key) =>
        SyntaxFactory.Attribute(
            Name("PieceProp"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(KeyArgument(key))));

    /// <summary><c>[Secret]</c> (written <c>Secret</c> when <c>Activepieces</c> is imported).</summary>
    public static AttributeSyntax Secret() => SyntaxFactory.Attribute(Name("Secret"));

    /// <summary>The argument <c>"key"</c> of <c>[PieceProp]</c>.</summary>
    public static AttributeArgumentSyntax KeyArgument(string key) =>
        SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key)));

    private static NameSyntax Name(string name) =>
        SyntaxFactory.ParseName("global::Activepieces." + name).WithAdditionalAnnotations(Simplifier.Annotation);
}
