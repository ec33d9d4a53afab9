using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="PieceAuthParser"/> on a type of a source file, the way the generator and the analyzers do.</summary>
internal static class ParserHarness
{
    /// <summary>What <see cref="ParseDeclaration"/> puts before the declaration.</summary>
    private const string DeclarationPrefix =
        "using System;\nusing System.Collections.Generic;\nusing System.Text.Json.Serialization;\nusing Activepieces;\n\nnamespace Acme;\n\n";

    /// <summary>Parses the <c>[PieceAuth]</c> type <paramref name="metadataName"/> declared in <paramref name="source"/>.</summary>
    public static PieceAuthParseResult Parse(string source, string metadataName)
    {
        var (type, attribute) = Find(source, metadataName, prefixed: false);
        return PieceAuthParser.Parse(type, attribute, TestContext.Current.CancellationToken);
    }

    /// <summary>Parses a type named <c>T</c> in namespace <c>Acme</c> declared by <paramref name="declaration"/> (usings for Activepieces and STJ included).</summary>
    public static PieceAuthParseResult ParseDeclaration(string declaration, string metadataName = "Acme.T") =>
        Parse(DeclarationPrefix + declaration, metadataName);

    /// <summary>The <c>[PieceAuth]</c> type <paramref name="metadataName"/> declared by <paramref name="declaration"/> and its attribute.</summary>
    public static (INamedTypeSymbol Type, AttributeData Attribute) Find(string declaration, string metadataName = "Acme.T") =>
        Find(declaration, metadataName, prefixed: true);

    /// <summary>The offset in the parsed source at which <see cref="ParseDeclaration"/> places the declaration.</summary>
    public static int DeclarationOffset => DeclarationPrefix.Length;

    /// <summary>The zero-based line in the parsed source of the first line of a declaration passed to <see cref="ParseDeclaration"/>.</summary>
    public static int DeclarationFirstLine => DeclarationPrefix.Count(c => c == '\n');

    /// <summary>The <c>[PieceAuth]</c> type <paramref name="metadataName"/> of <paramref name="source"/> (after the usings of <see cref="ParseDeclaration"/> when <paramref name="prefixed"/>).</summary>
    public static (INamedTypeSymbol Type, AttributeData Attribute) Find(string source, string metadataName, bool prefixed)
    {
        var compilation = TestCompilation.Create(prefixed ? DeclarationPrefix + source : source);
        var type = compilation.GetTypeByMetadataName(metadataName)
            ?? throw new InvalidOperationException($"No type {metadataName} in the source.");
        var attribute = type.GetAttributes()
            .Single(candidate => candidate.AttributeClass?.ToDisplayString() == KnownAttributes.PieceAuthMetadataName);
        return (type, attribute);
    }
}
