namespace Activepieces.Connections.Generators.Model;

/// <summary>
/// Where a connection type lives: its namespace, its containing types and its own declaration, which the generated
/// file re-opens in that order, with the type's fully qualified name and the file's hint name.
/// </summary>
internal sealed record HierarchyInfo
{
    /// <summary>The namespace (e.g. <c>Gelato.Backend</c>), or empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The containing types, outermost first; empty for a top-level type.</summary>
    public required EquatableArray<TypeDeclarationInfo> ContainingTypes { get; init; }

    /// <summary>The connection type's own declaration.</summary>
    public required TypeDeclarationInfo Type { get; init; }

    /// <summary>The fully qualified type, e.g. <c>global::Gelato.Backend.GelatoConnection</c>.</summary>
    public required string FullyQualifiedName { get; init; }

    /// <summary>A file-name-safe unique name for the generated file, e.g. <c>Gelato.Backend.GelatoConnection.g.cs</c>.</summary>
    public required string HintName { get; init; }
}
