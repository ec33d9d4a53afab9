namespace Activepieces.Connections.Generators.Model;

/// <summary>A type that contains the connection type (outermost first in <see cref="ConnectionTypeModel.ContainingTypes"/>).</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The type name (escaped if it is a keyword).</param>
internal sealed record ContainingTypeModel(string Keyword, string Name);
