using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>Finds the <c>[PieceAuth]</c> attribute class of a compilation and its application on a type.</summary>
internal static class PieceAuthAttributeLookup
{
    /// <summary>The attribute class, or null when the compilation does not reference <c>Activepieces.Connections</c>.</summary>
    public static INamedTypeSymbol? FindAttributeClass(Compilation compilation) =>
        compilation.GetTypeByMetadataName(KnownAttributes.PieceAuthMetadataName);

    /// <summary>The <c>[PieceAuth]</c> application on <paramref name="type"/>, or null.</summary>
    public static AttributeData? Find(INamedTypeSymbol type, INamedTypeSymbol attributeClass)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass))
            {
                return attribute;
            }
        }

        return null;
    }
}
