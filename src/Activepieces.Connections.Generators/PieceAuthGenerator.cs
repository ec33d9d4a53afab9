using System.Threading;
using Activepieces.Connections.Generators.Emitting;
using Activepieces.Connections.Generators.Model;
using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Activepieces.Connections.Generators;

/// <summary>
/// Completes every <c>partial</c> type marked with <c>[Activepieces.PieceAuth]</c>: the wire format
/// (<c>IConnectionValue</c>), the external-id convention, redaction and the typed client extension methods.
/// Reports no diagnostics (the analyzers in this assembly do). For a type it cannot complete it emits a stand-in that
/// keeps call sites compiling (<see cref="GenerationMode"/>), so the build shows the analyzers' error alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PieceAuthGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownAttributes.PieceAuthMetadataName,
                predicate: static (node, _) => node is TypeDeclarationSyntax,
                transform: static (context, cancellationToken) => Parse(context, cancellationToken))
            .WithTrackingName(TrackingNames.Parse)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.Generatable);

        context.RegisterSourceOutput(models, static (context, model) =>
            context.AddSource(model.Hierarchy.HintName, SourceText.From(ConnectionSourceEmitter.Emit(model), System.Text.Encoding.UTF8)));
    }

    private static ConnectionTypeModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length != 1)
        {
            return null;
        }

        var result = PieceAuthParser.Parse(type, context.Attributes[0], cancellationToken);
        return result.Model ?? result.StandIn;
    }
}
