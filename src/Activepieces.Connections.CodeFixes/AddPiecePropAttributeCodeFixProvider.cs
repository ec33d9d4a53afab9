using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Activepieces.Connections.Generators.Analyzers;
using Activepieces.Connections.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.CodeFixes;

/// <summary>
/// APC012: maps the member to the closest prop key the analyzer found, by adding <c>[PieceProp("key")]</c> or by
/// correcting the key of an existing <c>[PieceProp]</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPiecePropAttributeCodeFixProvider)), Shared]
public sealed class AddPiecePropAttributeCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownProp);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        CodeFixRegistration.RegisterEachAsync(context, (root, diagnostic) =>
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.PropKey, out var key) || string.IsNullOrEmpty(key))
            {
                return null;
            }

            var declaration = MemberDeclarations.Find(root, diagnostic.Location.SourceSpan);
            return declaration is null
                ? null
                : CodeAction.Create(
                    "Map to the prop '" + key + "' with [PieceProp]",
                    ct => SetKeyAsync(context.Document, declaration, key!, ct),
                    equivalenceKey: nameof(AddPiecePropAttributeCodeFixProvider));
        });

    private static async Task<Document> SetKeyAsync(Document document, SyntaxNode declaration, string key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var existing = FindPiecePropAttribute(declaration, model, cancellationToken);
        SyntaxNode updated;
        if (existing is not null)
        {
            var arguments = SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(AttributeSyntaxFactory.KeyArgument(key)));
            updated = declaration.ReplaceNode(existing, existing.WithArgumentList(arguments));
        }
        else
        {
            updated = MemberDeclarations.AddAttribute(declaration, AttributeSyntaxFactory.PieceProp(key));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(declaration, updated));
    }

    private static AttributeSyntax? FindPiecePropAttribute(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var list in MemberDeclarations.AttributeLists(declaration))
        {
            foreach (var attribute in list.Attributes)
            {
                var type = model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType;
                if (type is { Name: "PiecePropAttribute", ContainingNamespace: { Name: "Activepieces", ContainingNamespace.IsGlobalNamespace: true } })
                {
                    return attribute;
                }
            }
        }

        return null;
    }
}
