namespace Activepieces.Connections.Generators.Model;

/// <summary>One type declaration the generated file re-opens: the connection type or one of its containing types.</summary>
/// <param name="Name">The type name (escaped if it is a keyword).</param>
/// <param name="Kind">The kind of declaration.</param>
internal sealed record TypeDeclarationInfo(string Name, TypeDeclarationKind Kind)
{
    /// <summary>The declaration keyword: <c>record</c>, <c>record struct</c>, <c>class</c>, <c>struct</c> or <c>interface</c>.</summary>
    public string Keyword => Kind switch
    {
        TypeDeclarationKind.RecordClass => "record",
        TypeDeclarationKind.RecordStruct => "record struct",
        TypeDeclarationKind.Struct => "struct",
        TypeDeclarationKind.Interface => "interface",
        _ => "class",
    };
}
