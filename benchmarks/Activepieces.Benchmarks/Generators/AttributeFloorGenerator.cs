using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Benchmarks.Generators;

/// <summary>
/// The floor of any <c>[PieceAuth]</c>-driven generator: the same <c>ForAttributeWithMetadataName</c> lookup as
/// <c>PieceAuthGenerator</c>, a transform that reads nothing but the symbol's name, and a one-line file per record (so
/// the run can be checked like the real one). What this costs, every attribute-driven generator pays before reading a
/// single member; the benchmarks show it beside the real generators, cold and after an unrelated edit. Driven directly
/// through <see cref="GeneratorDrivers"/>, never loaded as an analyzer.
/// </summary>
public sealed class AttributeFloorGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the transform's output.</summary>
    public const string TransformStep = "FloorTransform";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Activepieces.PieceAuthAttribute",
            predicate: static (node, _) => node is TypeDeclarationSyntax,
            transform: static (attributed, _) => attributed.TargetSymbol.MetadataName)
            .WithTrackingName(TransformStep);
        context.RegisterSourceOutput(names, static (output, name) => output.AddSource(name + ".floor.g.cs", "// " + name + "\n"));
    }
}
