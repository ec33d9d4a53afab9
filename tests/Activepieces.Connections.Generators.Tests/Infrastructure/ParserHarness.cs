using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="PieceAuthParser"/> on a type of a source file, the way the generator and the analyzers do.</summary>
internal static class ParserHarness
{
    /// <summary>Parses the <c>[PieceAuth]</c> type <paramref name="metadataName"/> declared in <paramref name="source"/>.</summary>
    public static PieceAuthParseResult Parse(string source, string metadataName)
    {
        CSharpCompilation compilation = TestCompilation.Create(source);
        INamedTypeSymbol type = compilation.GetTypeByMetadataName(metadataName)
            ?? throw new InvalidOperationException($"No type {metadataName} in the source.");
        AttributeData attribute = type.GetAttributes()
            .Single(candidate => candidate.AttributeClass?.ToDisplayString() == KnownAttributes.PieceAuthMetadataName);
        return PieceAuthParser.Parse(type, attribute, TestContext.Current.CancellationToken);
    }

    /// <summary>Parses a type named <c>T</c> in namespace <c>Acme</c> declared by <paramref name="declaration"/> (usings for Activepieces and STJ included).</summary>
    public static PieceAuthParseResult ParseDeclaration(string declaration, string metadataName = "Acme.T") =>
        Parse(
            "using System;\nusing System.Collections.Generic;\nusing System.Text.Json.Serialization;\nusing Activepieces;\n\nnamespace Acme;\n\n" + declaration,
            metadataName);
}
