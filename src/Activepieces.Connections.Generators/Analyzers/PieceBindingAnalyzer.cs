using System.Collections.Immutable;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>
/// APC024: a <c>[PieceAuth]</c> type of a generic-destination piece (<see cref="GenericDestinationPieces"/>). Servers
/// with <c>AP_ENFORCE_CONNECTION_PIECE_BINDING</c> on block those pieces' connections for piece steps, so the predefined
/// connections the type provisions would not reach a flow. Info, not a warning: the server flag is off by default.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PieceBindingAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.GenericDestinationPiece);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var attributeClass = PieceAuthAttributeLookup.FindAttributeClass(start.Compilation);
            if (attributeClass is not null)
            {
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, attributeClass), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeClass)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (PieceAuthAttributeLookup.Find(type, attributeClass) is not { } attribute)
        {
            return;
        }

        var pieceName = PieceAuthParser.ReadArguments(type, attribute).PieceName;
        if (GenericDestinationPieces.Contains(pieceName))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.GenericDestinationPiece,
                PieceAuthParser.PieceNameLocation(type, attribute, context.CancellationToken),
                pieceName,
                type.ToDisplayString()));
        }
    }
}
