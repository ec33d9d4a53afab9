using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Activepieces.Connections.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Activepieces.Connections.CodeFixes;

/// <summary>APC014: marks the member that holds a secret with <c>[Secret]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSecretAttributeCodeFixProvider)), Shared]
public sealed class AddSecretAttributeCodeFixProvider : CodeFixProvider
{
    private const string Title = "Mark the member [Secret]";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SecretNotMarked);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        CodeFixRegistration.RegisterEachAsync(context, (root, diagnostic) =>
            MemberDeclarations.Find(root, diagnostic.Location.SourceSpan) is { } declaration
                ? CodeAction.Create(Title, ct => AddSecretAsync(context.Document, declaration, ct), equivalenceKey: nameof(AddSecretAttributeCodeFixProvider))
                : null);

    private static async Task<Document> AddSecretAsync(Document document, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null
            ? document
            : document.WithSyntaxRoot(root.ReplaceNode(declaration, MemberDeclarations.AddAttribute(declaration, AttributeSyntaxFactory.Secret())));
    }
}
