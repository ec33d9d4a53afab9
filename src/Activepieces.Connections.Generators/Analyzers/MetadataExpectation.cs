using System;
using System.Threading;
using Activepieces.Connections.Generators.Metadata;
using Activepieces.Records;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>
/// Whether a project expects a <c>*.piece.json</c> for every piece it names, so that a missing one is a lost check
/// (APC022, a warning) rather than a project without metadata (APC016, info). Read from the MSBuild properties the
/// package's <c>buildTransitive/Activepieces.Connections.props</c> makes visible to the compiler.
/// </summary>
internal sealed class MetadataExpectation
{
    /// <summary>
    /// The documented opt-out: <c>&lt;ActivepiecesExpectPieceMetadata&gt;false&lt;/ActivepiecesExpectPieceMetadata&gt;</c>
    /// in a project that has no metadata on purpose.
    /// </summary>
    public const string ExpectPieceMetadataProperty = "ActivepiecesExpectPieceMetadata";

    /// <summary><c>true</c> when the project folder has a <c>pieces/</c> folder, where <c>pieces pull</c> writes (set by the props).</summary>
    public const string PiecesFolderExistsProperty = "_ActivepiecesPiecesFolderExists";

    private const string BuildPropertyPrefix = "build_property.";

    private MetadataExpectation(bool expects, bool piecesFolderExists)
    {
        Expects = expects;
        PiecesFolderExists = piecesFolderExists;
    }

    /// <summary>False when the project opted out.</summary>
    public bool Expects { get; }

    /// <summary>Whether the project has a <c>pieces/</c> folder.</summary>
    public bool PiecesFolderExists { get; }

    /// <summary>Reads the properties of the compilation.</summary>
    /// <param name="globalOptions">The global analyzer config options (the MSBuild properties visible to the compiler).</param>
    /// <returns>The expectation.</returns>
    public static MetadataExpectation Read(AnalyzerConfigOptions globalOptions) =>
        new(
            expects: !IsFalse(globalOptions, ExpectPieceMetadataProperty),
            piecesFolderExists: IsTrue(globalOptions, PiecesFolderExistsProperty));

    /// <summary>
    /// Why the project should have a metadata file for the piece of <paramref name="type"/>, which it lacks, or null
    /// when it need not (it opted out, or has no sign of metadata at all).
    /// </summary>
    /// <param name="type">The <c>[PieceAuth]</c> type.</param>
    /// <param name="catalog">The compilation's metadata files.</param>
    /// <param name="cancellationToken">Cancels the syntax reads.</param>
    /// <returns>The reason, as the end of the sentence "… although {reason}", or null.</returns>
    public string? WhyExpected(INamedTypeSymbol type, PieceMetadataCatalog catalog, CancellationToken cancellationToken)
    {
        if (!Expects)
        {
            return null;
        }

        if (WasScaffolded(type, cancellationToken))
        {
            return "'" + type.Name + "' was scaffolded from one";
        }

        if (catalog.FileCount > 0)
        {
            return catalog.FileCount == 1 ? "the project has a metadata file for another piece" : "the project has metadata files for other pieces";
        }

        return PiecesFolderExists ? "the project has a pieces/ folder" : null;
    }

    /// <summary>Whether a file that declares the type has the scaffolder's header comment before the declaration (usings added above it included).</summary>
    private static bool WasScaffolded(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var root = reference.SyntaxTree.GetRoot(cancellationToken);
            foreach (var trivia in root.DescendantTrivia())
            {
                if (trivia.SpanStart >= reference.Span.Start)
                {
                    break;
                }

                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && ScaffoldMarker.IsMarker(trivia.ToString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue(BuildPropertyPrefix + property, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue(BuildPropertyPrefix + property, out var value) && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}
