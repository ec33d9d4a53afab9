using System.Collections.Immutable;
using Activepieces;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Analyzers.Tests.Infrastructure;

/// <summary>The references of every test compilation: the .NET 10 reference assemblies and the runtime attributes.</summary>
internal static class TestReferences
{
    /// <summary>The <c>Activepieces.Connections</c> assembly (<c>[PieceAuth]</c>, <c>[PieceProp]</c>, <c>[Secret]</c>, <c>AuthType</c>).</summary>
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(PieceAuthAttribute).Assembly.Location);

    /// <summary>Everything a test compilation references.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = [.. Net100.References.All, Runtime];
}
