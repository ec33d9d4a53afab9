namespace Activepieces.Connections.Generators.Model;

/// <summary>The kind of declaration a connection type is.</summary>
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
}
