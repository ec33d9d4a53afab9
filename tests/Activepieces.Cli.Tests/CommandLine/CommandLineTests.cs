using Activepieces.CSharp;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Pieces;
using Activepieces.Cli.Scaffolding;
using Activepieces.Cli.Tests.Infrastructure;

namespace Activepieces.Cli.Tests.CommandLine;

/// <summary>Help, usage errors, piece names and the text helpers the scaffolder relies on.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "dotnet activepieces pieces pull mysql")]
    [InlineData(new[] { "pieces", "--help" }, "dotnet activepieces pieces check --dir pieces")]
    [InlineData(new[] { "pieces", "pull", "-h" }, "dotnet activepieces pieces pull mysql postgres slack --output src/Backend/pieces")]
    [InlineData(new[] { "pieces", "scaffold", "--help" }, "dotnet activepieces pieces scaffold pieces/slack.piece.json --auth CUSTOM_AUTH --name SlackBotToken")]
    [InlineData(new[] { "pieces", "check", "--help" }, "dotnet activepieces pieces check --dir src/Backend/pieces --json")]
    public async Task Help_ends_with_examples(string[] args, string example)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        var examples = run.Out[run.Out.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains("  " + example + "\n", examples.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pieces", "pull", "--output")]
    [InlineData("pieces", "scaffold")]
    [InlineData("pieces", "check", "--json", "extra")]
    [InlineData("piecez")]
    public async Task Usage_errors_exit_2_with_short_lines_and_no_stack_trace(params string[] args)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.All(run.ErrorLines, line => Assert.True(line.StartsWith("error: ", StringComparison.Ordinal) || line.StartsWith("Run '", StringComparison.Ordinal), line));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task A_malformed_API_key_is_refused_without_echoing_it()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "pull", "mysql", "--api-key", "not-a-key-SECRET123", "--instance", "http://127.0.0.1:9");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --api-key is not a platform API key: it must start with 'sk-' and contain no white space.", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("SECRET123", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gelato", "@activepieces/piece-gelato", "gelato")]
    [InlineData("piece-gelato", "@activepieces/piece-gelato", "gelato")]
    [InlineData("@activepieces/piece-gelato", "@activepieces/piece-gelato", "gelato")]
    [InlineData(" google-sheets ", "@activepieces/piece-google-sheets", "google-sheets")]
    [InlineData("@acme/piece-billing", "@acme/piece-billing", "billing")]
    [InlineData("@acme/billing", "@acme/billing", "billing")]
    public void Piece_names_are_normalized(string text, string fullName, string shortName)
    {
        var name = PieceName.Parse(text);

        Assert.Equal(fullName, name.FullName);
        Assert.Equal(shortName, name.ShortName);
    }

    [Theory]
    [InlineData("base_url", "BaseUrl")]
    [InlineData("accessKeyId", "AccessKeyId")]
    [InlineData("API Key", "ApiKey")]
    [InlineData("AI", "AI")]
    [InlineData("2fa", "P2fa")]
    [InlineData("--", "P")]
    [InlineData("über", "Über")]
    public void Identifiers_are_PascalCase_and_safe(string text, string expected) =>
        Assert.Equal(expected, CSharpNames.ToPascalCase(text, "P"));

    [Fact]
    public void Doc_text_cannot_leave_the_comment_or_break_the_XML()
    {
        var lines = DocComment.Lines("a </summary> & b\u2028/// c\u2029d\u0085e\r\nf\u0007g\n\n\n\nh\n");

        Assert.Equal(["a &lt;/summary&gt; &amp; b", "/// c", "d", "e", "", "fg", "", "h"], lines);
    }

    [Fact]
    public void String_literals_escape_quotes_backslashes_and_line_breaks() =>
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u2028e\"", SourceWriter.Literal("a\"b\\c\nd\u2028e"));

    [Fact]
    public void The_settings_never_print_the_key() =>
        Assert.DoesNotContain("sk-secret", new Instance.InstanceSettings(new Uri("https://x.example"), "sk-secret").ToString(), StringComparison.Ordinal);

    [Fact]
    public void Exit_codes_are_the_documented_ones()
    {
        Assert.Equal(0, ExitCodes.Success);
        Assert.Equal(1, ExitCodes.Findings);
        Assert.Equal(2, ExitCodes.Error);
    }
}
