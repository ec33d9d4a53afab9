using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>The attributes the parser reads, matched by name and namespace (the generator references no runtime assembly).</summary>
internal static class KnownAttributes
{
    /// <summary>The namespace of the contracts (the attributes, <c>AuthType</c>, <c>ConnectionScope</c>), here as in the runtime library.</summary>
    public const string ContractsNamespace = "Activepieces";

    /// <summary>The metadata name of <c>[PieceAuth]</c>, the generator's trigger.</summary>
    public const string PieceAuthMetadataName = ContractsNamespace + "." + nameof(PieceAuthAttribute);

    /// <summary>The <c>[PieceAuth]</c> constructor parameter of the auth type, as messages name it.</summary>
    public const string AuthTypeParameter = "authType";

    /// <summary><c>Activepieces.PieceAuthAttribute</c>.</summary>
    public static readonly AttributeName PieceAuth = new(ContractsNamespace, nameof(PieceAuthAttribute));

    /// <summary><c>Activepieces.PiecePropAttribute</c>.</summary>
    public static readonly AttributeName PieceProp = new(ContractsNamespace, nameof(PiecePropAttribute));

    /// <summary><c>Activepieces.SecretAttribute</c>.</summary>
    public static readonly AttributeName Secret = new(ContractsNamespace, nameof(SecretAttribute));

    /// <summary><c>System.Text.Json.Serialization.JsonPropertyNameAttribute</c>.</summary>
    public static readonly AttributeName JsonPropertyName = new("System.Text.Json.Serialization", "JsonPropertyNameAttribute");

    /// <summary><c>System.Text.Json.Serialization.JsonIgnoreAttribute</c>: the member is not part of the value.</summary>
    public static readonly AttributeName JsonIgnore = new("System.Text.Json.Serialization", "JsonIgnoreAttribute");

    /// <summary><c>System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute</c> (.NET 9+).</summary>
    public static readonly AttributeName JsonStringEnumMemberName = new("System.Text.Json.Serialization", "JsonStringEnumMemberNameAttribute");

    /// <summary><c>System.Runtime.Serialization.EnumMemberAttribute</c>.</summary>
    public static readonly AttributeName EnumMember = new("System.Runtime.Serialization", "EnumMemberAttribute");

    /// <summary>Finds the first attribute of the given class in <paramref name="attributes"/>.</summary>
    /// <param name="attributes">Attributes of a symbol.</param>
    /// <param name="name">The attribute class.</param>
    /// <returns>The attribute, or null.</returns>
    public static AttributeData? Find(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, AttributeName name)
    {
        foreach (var attribute in attributes)
        {
            if (name.Matches(attribute.AttributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The first constructor argument of <paramref name="attribute"/> as a string, or null.</summary>
    /// <param name="attribute">An attribute.</param>
    /// <returns>The string, or null when absent or not a string.</returns>
    public static string? FirstStringArgument(AttributeData? attribute) =>
        attribute is { ConstructorArguments.Length: > 0 } && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
            ? attribute.ConstructorArguments[0].Value as string
            : null;
}

/// <summary>An attribute class identified by namespace and name.</summary>
/// <param name="Namespace">The dotted namespace, e.g. <c>System.Text.Json.Serialization</c>.</param>
/// <param name="Name">The class name, e.g. <c>JsonPropertyNameAttribute</c>.</param>
internal sealed record AttributeName(string Namespace, string Name)
{
    /// <summary>Whether <paramref name="attributeClass"/> is this attribute class.</summary>
    /// <param name="attributeClass">The class of an attribute.</param>
    /// <returns>True on a match.</returns>
    public bool Matches(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null || attributeClass.Name != Name || attributeClass.ContainingType is not null)
        {
            return false;
        }

        // Walk the namespace chain from the innermost part against the dotted name, without allocating.
        var ns = attributeClass.ContainingNamespace;
        var end = Namespace.Length;
        while (ns is { IsGlobalNamespace: false })
        {
            var start = Namespace.LastIndexOf('.', end - 1) + 1;
            if (end - start != ns.Name.Length || string.CompareOrdinal(Namespace, start, ns.Name, 0, ns.Name.Length) != 0)
            {
                return false;
            }

            end = start - 1;
            ns = ns.ContainingNamespace;
            if (end < 0)
            {
                return ns is null || ns.IsGlobalNamespace;
            }
        }

        return false;
    }
}
