using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Activepieces.CSharp;
using Activepieces.Connections.Generators.Analyzers;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Records;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Activepieces.Connections.CodeFixes;

/// <summary>
/// APC011: declares a member for the missing required prop, with the type that fits the prop, <c>[PieceProp("key")]</c>
/// and, for secret props, <c>[Secret]</c>. A positional record gets a new primary-constructor parameter (before any
/// optional one); other types get a <c>required</c> init-only property.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingPropMemberCodeFixProvider)), Shared]
public sealed class AddMissingPropMemberCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingRequiredProp);

    /// <inheritdoc/>
    /// <remarks>
    /// Not the batch fixer: several missing props of one type insert at the same place, and the batch fixer drops
    /// all but one of such overlapping changes. This one adds the members one after the other.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        CodeFixRegistration.RegisterEachAsync(context, (root, diagnostic) =>
        {
            var declaration = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            return declaration is null || !TryReadProp(diagnostic, out var prop)
                ? null
                : CodeAction.Create(
                    "Add a member for the prop '" + prop.Key + "'",
                    ct => AddMemberAsync(context.Document, declaration, prop, ct),
                    equivalenceKey: nameof(AddMissingPropMemberCodeFixProvider));
        });

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        // From the end of the document: a new member goes after its type's name, so the names of the types still to
        // fix keep their positions. The members of one type are added in key order, as one fix at a time does.
        var ordered = diagnostics
            .OrderByDescending(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Properties.TryGetValue(DiagnosticPropertyNames.PropKey, out var key) ? key : null, System.StringComparer.Ordinal);
        foreach (var diagnostic in ordered)
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var declaration = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (declaration is not null && TryReadProp(diagnostic, out var prop))
            {
                document = await AddMemberAsync(document, declaration, prop, context.CancellationToken).ConfigureAwait(false);
            }
        }

        return document;
    }

    private static bool TryReadProp(Diagnostic diagnostic, out MissingProp prop)
    {
        prop = null!;
        if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.PropKey, out var key) || string.IsNullOrEmpty(key)
            || !diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.MemberType, out var memberType) || string.IsNullOrEmpty(memberType))
        {
            return false;
        }

        var isSecret = diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.IsSecret, out var secret) && secret == "true";
        prop = new MissingProp(key!, memberType!, isSecret);
        return true;
    }

    private static async Task<Document> AddMemberAsync(Document document, TypeDeclarationSyntax declaration, MissingProp prop, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // Named as the scaffolder names the member of the same key, around the members the type has and the ones the
        // generator or the compiler add.
        var symbol = model.GetDeclaredSymbol(declaration, cancellationToken);
        var scope = new NameScope([declaration.Identifier.ValueText, .. GeneratedMemberNames.Reserved, .. symbol?.MemberNames ?? Enumerable.Empty<string>()]);
        var name = scope.Claim(CSharpNames.ForPropKey(prop.Key));
        var attributes = new List<AttributeSyntax> { AttributeSyntaxFactory.PieceProp(prop.Key) };
        if (prop.IsSecret)
        {
            attributes.Add(AttributeSyntaxFactory.Secret());
        }

        var attributeList = SyntaxFactory.AttributeList(SyntaxFactory.SeparatedList(attributes));
        var type = SyntaxFactory.ParseTypeName(prop.MemberType).WithAdditionalAnnotations(Simplifier.Annotation);
        var updated = declaration is RecordDeclarationSyntax { ParameterList: { } parameters } record
            ? AddParameter(record, parameters, attributeList, type, name)
            : AddProperty(declaration, attributeList, type, name);
        // Format and simplify now, so that the next member of a Fix All is added after a finished one.
        document = document.WithSyntaxRoot(root.ReplaceNode(declaration, updated));
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static TypeDeclarationSyntax AddParameter(RecordDeclarationSyntax record, ParameterListSyntax parameters, AttributeListSyntax attributes, TypeSyntax type, string name)
    {
        var parameter = SyntaxFactory.Parameter(Identifier(name))
            .WithAttributeLists(SyntaxFactory.SingletonList(attributes.WithTrailingTrivia(SyntaxFactory.Space)))
            .WithType(type.WithTrailingTrivia(SyntaxFactory.Space));

        // A required parameter cannot follow an optional one.
        var index = parameters.Parameters.Count;
        for (var i = 0; i < parameters.Parameters.Count; i++)
        {
            if (parameters.Parameters[i].Default is not null)
            {
                index = i;
                break;
            }
        }

        // Follow the layout of the existing list: the new parameter takes a neighbour's indentation and the new
        // comma an existing comma's trailing trivia (a line break when there is one parameter per line).
        var nodes = new List<ParameterSyntax>(parameters.Parameters);
        var separators = new List<SyntaxToken>(parameters.Parameters.GetSeparators());
        if (nodes.Count > 0)
        {
            parameter = parameter.WithLeadingTrivia(nodes[index == nodes.Count ? index - 1 : index].GetLeadingTrivia());
            var trailing = separators.Count > 0
                ? separators[0].TrailingTrivia
                : nodes[0].GetLeadingTrivia().Count > 0 ? SyntaxFactory.TriviaList(MemberDeclarations.EndOfLine(record)) : SyntaxFactory.TriviaList(SyntaxFactory.Space);
            separators.Insert(System.Math.Min(index, separators.Count), SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CommaToken, trailing));
        }

        nodes.Insert(index, parameter);
        var list = SyntaxFactory.SeparatedList(nodes, separators);
        return record.WithParameterList(parameters.WithParameters(list));
    }

    private static TypeDeclarationSyntax AddProperty(TypeDeclarationSyntax declaration, AttributeListSyntax attributes, TypeSyntax type, string name)
    {
        var property = SyntaxFactory.PropertyDeclaration(type, Identifier(name))
            .WithAttributeLists(SyntaxFactory.SingletonList(attributes))
            .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PublicKeyword), SyntaxFactory.Token(SyntaxKind.RequiredKeyword)))
            .WithAccessorList(SyntaxFactory.AccessorList(SyntaxFactory.List(new[]
            {
                SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)),
                SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration).WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)),
            })))
            .WithAdditionalAnnotations(Formatter.Annotation);
        if (declaration.Members.Count > 0)
        {
            // A blank line between the last member and the new one.
            property = property.WithLeadingTrivia(MemberDeclarations.EndOfLine(declaration), SyntaxFactory.ElasticMarker);
        }

        if (declaration.OpenBraceToken.IsKind(SyntaxKind.None))
        {
            // "record R;" or "class C;" has no body yet: give it one.
            declaration = declaration
                .WithSemicolonToken(default)
                .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        return declaration.AddMembers(property);
    }

    /// <summary>The token of <paramref name="name"/>, verbatim (<c>@class</c>) when it is escaped.</summary>
    private static SyntaxToken Identifier(string name) =>
        name.StartsWith("@", System.StringComparison.Ordinal)
            ? SyntaxFactory.VerbatimIdentifier(SyntaxFactory.TriviaList(), name, CSharpNames.Unescape(name), SyntaxFactory.TriviaList())
            : SyntaxFactory.Identifier(name);

    /// <summary>What the diagnostic says about the missing prop.</summary>
    private sealed record MissingProp(string Key, string MemberType, bool IsSecret);
}
