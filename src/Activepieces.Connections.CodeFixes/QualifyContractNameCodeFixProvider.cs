using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Activepieces.Connections.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Connections.CodeFixes;

/// <summary>APC021: writes the hidden <c>AuthType</c> or <c>ConnectionScope</c> of a <c>[PieceAuth]</c> argument as <c>global::Activepieces.…</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(QualifyContractNameCodeFixProvider)), Shared]
public sealed class QualifyContractNameCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ContractNameHidden);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        CodeFixRegistration.RegisterEachAsync(context, (root, diagnostic) =>
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } name
                || access.Expression != name)
            {
                return null;
            }

            var qualified = "global::Activepieces." + name.Identifier.ValueText;
            return CodeAction.Create("Write " + qualified, ct => QualifyAsync(context.Document, access, qualified, ct), equivalenceKey: nameof(QualifyContractNameCodeFixProvider));
        });

    /// <summary>Replaces <c>AuthType.X</c> by <c>global::Activepieces.AuthType.X</c>, parsed as the expression it is.</summary>
    private static async Task<Document> QualifyAsync(Document document, MemberAccessExpressionSyntax access, string qualified, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.ParseExpression(qualified + "." + access.Name.ToString()).WithTriviaFrom(access);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(access, replacement));
    }
}
