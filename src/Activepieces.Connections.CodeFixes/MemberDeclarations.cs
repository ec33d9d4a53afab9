using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Activepieces.Connections.CodeFixes;

/// <summary>Finds the declaration a member diagnostic is on and adds attributes to it, keeping its layout.</summary>
internal static class MemberDeclarations
{
    /// <summary>
    /// The declaration at <paramref name="span"/>: a primary-constructor parameter, a property or a field
    /// declaration; null when there is none.
    /// </summary>
    public static SyntaxNode? Find(SyntaxNode root, TextSpan span)
    {
        var token = root.FindToken(span.Start);
        foreach (var node in token.Parent?.AncestorsAndSelf() ?? Enumerable.Empty<SyntaxNode>())
        {
            switch (node)
            {
                case ParameterSyntax:
                case PropertyDeclarationSyntax:
                case FieldDeclarationSyntax:
                    return node;
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The attribute lists of a declaration found by <see cref="Find"/>.</summary>
    public static SyntaxList<AttributeListSyntax> AttributeLists(SyntaxNode declaration) => declaration switch
    {
        ParameterSyntax parameter => parameter.AttributeLists,
        MemberDeclarationSyntax member => member.AttributeLists,
        _ => default,
    };

    /// <summary>
    /// <paramref name="declaration"/> with <paramref name="attribute"/> added: for a parameter on the same line, in
    /// its last attribute list when it has one (<c>[PieceProp("password"), Secret] string Password</c>); on its own
    /// line above a property or field.
    /// </summary>
    public static SyntaxNode AddAttribute(SyntaxNode declaration, AttributeSyntax attribute)
    {
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
        if (declaration is ParameterSyntax parameter)
        {
            if (parameter.AttributeLists.Count == 0)
            {
                list = list.WithLeadingTrivia(parameter.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space);
                return parameter.WithoutLeadingTrivia().WithAttributeLists(SyntaxFactory.SingletonList(list));
            }

            // [PieceProp("password")] string Password → [PieceProp("password"), Secret] string Password
            var last = parameter.AttributeLists[parameter.AttributeLists.Count - 1];
            if (last.Target is null)
            {
                return parameter.ReplaceNode(last, last.AddAttributes(attribute));
            }

            // [property: PieceProp("password")] string Password → [property: PieceProp("password")][Secret] string Password
            // (the spacing between the lists is the formatter's).
            return parameter.WithAttributeLists(parameter.AttributeLists.Add(list.WithTrailingTrivia(SyntaxFactory.Space)));
        }

        var member = (MemberDeclarationSyntax)declaration;
        var endOfLine = EndOfLine(declaration);
        var first = member.GetFirstToken();
        var indentation = Indentation(first.LeadingTrivia);
        if (member.AttributeLists.Count == 0)
        {
            list = list.WithLeadingTrivia(first.LeadingTrivia).WithTrailingTrivia(endOfLine);
            member = member.ReplaceToken(first, first.WithLeadingTrivia(indentation));
            return member.WithAttributeLists(SyntaxFactory.SingletonList(list));
        }

        list = list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine);
        return member.WithAttributeLists(member.AttributeLists.Add(list));
    }

    /// <summary>The whitespace after the last line break of <paramref name="leading"/> (the line's indentation).</summary>
    public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var result = SyntaxFactory.TriviaList();
        foreach (var trivia in leading)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                result = SyntaxFactory.TriviaList();
            }
            else if (trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                result = result.Add(trivia);
            }
        }

        return result;
    }

    /// <summary>The line break the document uses (the first one found), or <c>\n</c>.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode node)
    {
        foreach (var trivia in node.SyntaxTree.GetRoot().DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.EndOfLine("\n");
    }
}
