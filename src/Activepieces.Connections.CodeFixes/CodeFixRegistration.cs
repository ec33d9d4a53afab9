using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Activepieces.Connections.CodeFixes;

/// <summary>The part every provider's <see cref="CodeFixProvider.RegisterCodeFixesAsync"/> shares: one fix per diagnostic.</summary>
internal static class CodeFixRegistration
{
    /// <summary>
    /// Reads the document's syntax root once and registers, for each diagnostic of <paramref name="context"/>, the
    /// action <paramref name="createFix"/> returns for it; a diagnostic for which it returns null gets no fix.
    /// </summary>
    /// <param name="context">The code fix context.</param>
    /// <param name="createFix">Builds the fix of one diagnostic from the syntax root, or returns null.</param>
    /// <returns>A task that completes when every fix is registered.</returns>
    public static async Task RegisterEachAsync(CodeFixContext context, Func<SyntaxNode, Diagnostic, CodeAction?> createFix)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (createFix(root, diagnostic) is { } fix)
            {
                context.RegisterCodeFix(fix, diagnostic);
            }
        }
    }
}
