using System.Reflection;

namespace Activepieces.Connections.IntegrationTests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of the READMEs and docs pages compiles (see <see cref="MarkdownSnippet"/> for the
/// marker of a fragment). A failure names the Markdown file and line of each error.
/// </summary>
public sealed class DocSnippetTests
{
    private static readonly string Root = typeof(DocSnippetTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in MarkdownSnippet.Files(Root))
        {
            foreach (var snippet in MarkdownSnippet.Read(Root, file))
            {
                data.Add(snippet.File, snippet.Line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_compiles(string file, int line)
    {
        var snippet = MarkdownSnippet.Read(Root, file).Single(s => s.Line == line);
        var errors = SnippetCompiler.Errors(snippet);
        Assert.True(errors.Count == 0, $"The C# block at {snippet} does not compile:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void The_docs_have_snippets_in_every_file_that_shows_csharp()
    {
        // A fence the reader cannot see as C# (```cs, ```c#) would escape the check.
        foreach (var file in MarkdownSnippet.Files(Root))
        {
            var text = File.ReadAllText(Path.Combine(Root, file));
            Assert.False(text.Contains("```cs\n", StringComparison.Ordinal) || text.Contains("```c#", StringComparison.Ordinal), $"{file} has a C# block not fenced as ```csharp");
        }

        Assert.True(Snippets().Count >= 19, "the README, docs and src READMEs hold at least 19 C# blocks");
    }

    [Fact]
    public void A_snippet_that_does_not_compile_is_reported_at_its_markdown_line()
    {
        var broken = new MarkdownSnippet("docs/example.md", 40, "using Activepieces;\n\nvar client = new ActivepiecesClient(options);\nawait client.Nope();", "ActivepiecesOptions options");
        var errors = SnippetCompiler.Errors(broken);
        var error = Assert.Single(errors);
        Assert.StartsWith("docs/example.md:43: error CS1061:", error, StringComparison.Ordinal);

        var file = new MarkdownSnippet("README.md", 10, "using Activepieces;\n\nConsole.WriteLine(new ActivepiecesOptions().Missing);", null);
        Assert.StartsWith("README.md:12: error CS1061:", Assert.Single(SnippetCompiler.Errors(file)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_needs_its_own_usings_beyond_those_of_a_new_web_app()
    {
        const string Faults = "emulator.Faults.Add(FaultRule.Always(\"GET\", \"/api/v1/projects\", Fault.BadGateway));";
        var without = new MarkdownSnippet("src/Activepieces.Emulator/README.md", 1, "using Activepieces.Emulator;\n\n" + Faults, "ActivepiecesEmulator emulator");
        var with = new MarkdownSnippet("src/Activepieces.Emulator/README.md", 1, "using Activepieces.Emulator;\nusing Activepieces.Emulator.Faults;\n\n" + Faults, "ActivepiecesEmulator emulator");

        Assert.Contains(SnippetCompiler.Errors(without), e => e.Contains("error CS0103: The name 'FaultRule' does not exist", StringComparison.Ordinal));
        Assert.Empty(SnippetCompiler.Errors(with));
    }

    [Fact]
    public void The_generator_runs_so_that_the_generated_methods_exist_and_only_they()
    {
        var generated = new MarkdownSnippet("README.md", 1, "using Activepieces;\n\nawait client.EnsureGelatoConnectionAsync(\"org_1\", new GelatoConnection(\"k\", \"s\"));", "ActivepiecesClient client");
        var missing = new MarkdownSnippet("README.md", 1, "using Activepieces;\n\nawait client.EnsureMysqlConnectionAsync(\"org_1\");", "ActivepiecesClient client");

        Assert.Empty(SnippetCompiler.Errors(generated));
        Assert.Contains(SnippetCompiler.Errors(missing), e => e.Contains("error CS1061", StringComparison.Ordinal));
    }
}
