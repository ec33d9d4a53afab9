using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Connections.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Activepieces.Cli.Tests.Scaffolding;

/// <summary>
/// Every prop key of the corpus gets the same member name from <c>pieces scaffold</c> and from the APC011 code fix
/// (add the missing required prop): both name members with the one shared rule.
/// </summary>
public sealed class MemberNameTests
{
    private const string TypeName = "NamesConnection";

    /// <summary>Every prop key of the corpus that carries a value, and keys the rule must fold (<c>API_KEY</c>).</summary>
    public static TheoryData<string> Keys { get; } = new(
        Corpus.Files
            .SelectMany(file => Corpus.Read(file).Auths)
            .SelectMany(auth => auth.Props)
            .Where(prop => prop.CarriesValue)
            .Select(prop => prop.Key)
            .Concat(["API_KEY", "class", "value"])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Scaffold_and_the_APC011_fix_name_the_member_alike(string key)
    {
        var ct = TestContext.Current.CancellationToken;
        var metadata = new JsonObject
        {
            ["name"] = "@acme/piece-names",
            ["version"] = "1.0.0",
            ["auth"] = new JsonObject
            {
                ["type"] = "CUSTOM_AUTH",
                ["props"] = new JsonObject { [key] = new JsonObject { ["type"] = "SHORT_TEXT", ["required"] = true } },
            },
        }.ToJsonString();

        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.Combine("names.piece.json"), metadata, ct);
        var scaffold = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "names.piece.json", "--name", TypeName, "--output", "-");
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());

        var fixedSource = await ApplyMissingPropFixAsync(metadata, ct);

        Assert.Equal(MemberFor(scaffold.Out, key), MemberFor(fixedSource, key));
    }

    /// <summary>The source of an empty record after the APC011 fix added the member for the piece's one required prop.</summary>
    private static async Task<string> ApplyMissingPropFixAsync(string metadata, CancellationToken ct)
    {
        var source = $"[global::Activepieces.PieceAuth(\"@acme/piece-names\", global::Activepieces.AuthType.CustomAuth)]\npublic sealed partial record {TypeName}\n{{\n}}\n";
        var compiled = await ScaffoldCompilation.CompileAsync(source, "names.piece.json", metadata, ct);
        var diagnostic = Assert.Single(compiled.Diagnostics, d => d.Id == "APC011");

        using var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Names", "Names", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(compiled.Compilation.References);
        var document = project.AddDocument("Scaffolded.cs", source);

        var actions = new List<CodeAction>();
        var provider = new AddMissingPropMemberCodeFixProvider();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), ct));
        var operation = Assert.Single(await Assert.Single(actions).GetOperationsAsync(ct), o => o is ApplyChangesOperation);
        var changed = ((ApplyChangesOperation)operation).ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync(ct)).ToString();
    }

    /// <summary>The name of the member mapped to <paramref name="key"/>: by <c>[PieceProp("key")]</c> or by its camelCase.</summary>
    private static string MemberFor(string source, string key)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var names = root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(property => KeyOf(property) == key)
            .Select(property => property.Identifier.ValueText)
            .ToImmutableArray();
        return Assert.Single(names);
    }

    private static string KeyOf(PropertyDeclarationSyntax property)
    {
        var explicitKey = property.AttributeLists.SelectMany(list => list.Attributes)
            .Where(attribute => attribute.Name.ToString().EndsWith("PieceProp", StringComparison.Ordinal))
            .Select(attribute => attribute.ArgumentList!.Arguments[0].Expression)
            .OfType<LiteralExpressionSyntax>()
            .Select(literal => literal.Token.ValueText)
            .FirstOrDefault();
        return explicitKey ?? PropKeys.FromMemberName(property.Identifier.ValueText);
    }
}
