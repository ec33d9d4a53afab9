namespace Activepieces.Connections.Generators.Model;

/// <summary>The kind of a type declaration.</summary>
internal enum TypeDeclarationKind
{
    /// <summary><c>record</c> / <c>record class</c>.</summary>
    RecordClass,

    /// <summary><c>record struct</c>.</summary>
    RecordStruct,

    /// <summary><c>class</c>.</summary>
    Class,

    /// <summary><c>struct</c>.</summary>
    Struct,

    /// <summary><c>interface</c> (only as a containing type).</summary>
    Interface,
}
