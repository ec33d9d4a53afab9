using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activepieces.Connections.IntegrationTests.Docs;

/// <summary>
/// Compiles a <see cref="MarkdownSnippet"/> as a user's project would: the implicit usings of a new web app
/// (<c>dotnet new web</c>), the runtime, emulator and embedding libraries, the packages the README names, and the
/// real source generator. Errors are reported at the Markdown file and line (<c>#line</c> directives).
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The implicit usings of <c>Microsoft.NET.Sdk.Web</c>; a snippet writes every other using itself.</summary>
    private const string ImplicitUsings = """
        global using global::Microsoft.AspNetCore.Builder;
        global using global::Microsoft.AspNetCore.Hosting;
        global using global::Microsoft.AspNetCore.Http;
        global using global::Microsoft.AspNetCore.Routing;
        global using global::Microsoft.Extensions.Configuration;
        global using global::Microsoft.Extensions.DependencyInjection;
        global using global::Microsoft.Extensions.Hosting;
        global using global::Microsoft.Extensions.Logging;
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Net.Http.Json;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>
    /// The sample's record (<c>samples/Gelato.Backend/GelatoConnection.cs</c>), for the snippets that use
    /// <c>GelatoConnection</c> without declaring it.
    /// </summary>
    private const string SampleRecord = """
        [global::Activepieces.PieceAuth("@activepieces/piece-gelato", global::Activepieces.AuthType.CustomAuth, ExternalIdPrefix = "gelato_")]
        public partial record GelatoConnection([property: global::Activepieces.Secret] string ApiKey, string StoreId);
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<ImmutableArray<ISourceGenerator>> Generators = new(LoadGenerators);

    /// <summary>The errors of compiling <paramref name="snippet"/>, as <c>file:line: error CS…: message</c>.</summary>
    /// <param name="snippet">The snippet.</param>
    /// <returns>No lines when it compiles.</returns>
    public static IReadOnlyList<string> Errors(MarkdownSnippet snippet)
    {
        var source = snippet.FragmentParameters is null ? AsFile(snippet) : AsFragment(snippet);
        var trees = new List<SyntaxTree>
        {
            CSharpSyntaxTree.ParseText(source, ParseOptions, path: snippet.File + ".cs", encoding: Encoding.UTF8),
            CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "ImplicitUsings.g.cs", encoding: Encoding.UTF8),
        };
        if (snippet.Code.Contains("GelatoConnection", StringComparison.Ordinal)
            && !snippet.Code.Contains("record GelatoConnection", StringComparison.Ordinal))
        {
            trees.Add(CSharpSyntaxTree.ParseText(SampleRecord, ParseOptions, path: "GelatoConnection.cs", encoding: Encoding.UTF8));
        }

        var hasTopLevelStatements = trees[0].GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            trees,
            References.Value,
            new CSharpCompilationOptions(
                hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));

        CSharpGeneratorDriver.Create(Generators.Value, parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics, TestContext.Current.CancellationToken);

        return generatorDiagnostics.Concat(generated.GetDiagnostics(TestContext.Current.CancellationToken))
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(Format)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The snippet as a file of its own, its lines mapped to the Markdown file.</summary>
    private static string AsFile(MarkdownSnippet snippet) => $"#line {snippet.Line} \"{snippet.File}\"\n{snippet.Code}\n";

    /// <summary>
    /// The snippet's statements in the body of <c>async Task Run(parameters)</c>; its usings and type declarations at
    /// file level. Each part keeps its Markdown line.
    /// </summary>
    private static string AsFragment(MarkdownSnippet snippet)
    {
        var root = CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions).GetCompilationUnitRoot();
        var file = new StringBuilder();
        var body = new StringBuilder();
        foreach (var node in root.Usings.Cast<SyntaxNode>().Concat(root.Members))
        {
            var target = node is GlobalStatementSyntax ? body : file;
            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line;
            target.Append("#line ").Append(snippet.Line + line).Append(" \"").Append(snippet.File).Append("\"\n")
                .Append(node.ToString()).Append('\n');
        }

        return $$"""
            {{file}}
            #line hidden
            internal static class MarkdownSnippet
            {
                public static async Task Run({{snippet.FragmentParameters}})
                {
                    await Task.CompletedTask;
            {{body}}
            #line hidden
                }
            }
            """;
    }

    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.IsValid ? $"{span.Path}:{span.StartLinePosition.Line + 1}" : "(no location)";
        return $"{where}: error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The assemblies of this test process (the shared frameworks, ASP.NET Core included, and the libraries and
    /// packages it references), except the test assembly itself, whose own [PieceAuth] records would be seen twice.
    /// </summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var self = typeof(SnippetCompiler).Assembly.Location;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return [.. paths
            .Where(p => !string.Equals(p, self, StringComparison.Ordinal) && p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    /// <summary>The real generator, from the assembly the package ships (built next to this project).</summary>
    private static ImmutableArray<ISourceGenerator> LoadGenerators()
    {
        var path = typeof(SnippetCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GeneratorAssemblyPath").Value!;
        var reference = new AnalyzerFileReference(Path.GetFullPath(path), new DefaultLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        return generators.IsEmpty ? throw new InvalidOperationException($"No generator in {path}.") : generators;
    }

    /// <summary>Loads the generator and its dependencies into the default context (the test already has Roslyn loaded).</summary>
    private sealed class DefaultLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
