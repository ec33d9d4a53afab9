using System.Xml;
using Activepieces.CSharp;

namespace Activepieces.Cli.Tests.Scaffolding;

/// <summary>
/// The one converter from piece labels and descriptions (Markdown) to XML documentation text, shared by the scaffolder
/// and the generator (src/Activepieces.Shared/CSharp/DocMarkdown.cs).
/// </summary>
public sealed class DocMarkdownTests
{
    [Theory]
    [InlineData("**Shop Name**", "Shop Name")]
    [InlineData("__Shop Name__:", "Shop Name:")]
    [InlineData("an *emphasised* word and _another_ one", "an emphasised word and another one")]
    [InlineData("Use the `X-Api-Key` header", "Use the <c>X-Api-Key</c> header")]
    [InlineData("``a ` b``", "<c>a ` b</c>")]
    [InlineData("Open the [security tab](https://example.com/settings?a=1&b=2).", "Open the <see href=\"https://example.com/settings?a=1&amp;b=2\">security tab</see>.")]
    [InlineData("[**bold** link](https://x.example \"title\")", "<see href=\"https://x.example\">bold link</see>")]
    [InlineData("[relative](/docs/auth)", "relative")]
    [InlineData("[javascript](javascript:alert(1))", "javascript)")]
    [InlineData("see <https://x.example/a>", "see <see href=\"https://x.example/a\">https://x.example/a</see>")]
    [InlineData("Get it at https://platform.openai.com/account/api-keys.", "Get it at <see href=\"https://platform.openai.com/account/api-keys\">https://platform.openai.com/account/api-keys</see>.")]
    [InlineData("## Heading", "Heading")]
    [InlineData("> quoted", "quoted")]
    [InlineData("* item", "- item")]
    [InlineData("1. Login to your account", "1. Login to your account")]
    [InlineData("\\*not emphasis\\*", "*not emphasis*")]
    public void Inline_Markdown_becomes_documentation_text(string markdown, string expected) =>
        Assert.Equal(expected, DocMarkdown.Inline(markdown));

    [Theory]
    [InlineData("client_id and grant_type", "client_id and grant_type")]
    [InlineData("'read_orders', 'write_orders'", "'read_orders', 'write_orders'")]
    [InlineData("5 * 3 * 2", "5 * 3 * 2")]
    [InlineData("an **unclosed bold", "an **unclosed bold")]
    [InlineData("a ` lone backtick", "a ` lone backtick")]
    [InlineData("[not a link] (x)", "[not a link] (x)")]
    [InlineData("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d")]
    [InlineData("</summary><script>", "&lt;/summary&gt;&lt;script&gt;")]
    public void Text_that_is_not_Markdown_stays_as_written_and_escaped(string text, string expected) =>
        Assert.Equal(expected, DocMarkdown.Inline(text));

    [Fact]
    public void The_Shopify_description_reads_as_plain_text_with_code()
    {
        const string Description = "\n**Shop Name**:\n\nYou can find your shop name in the url For example, if the URL is `https://example.myshopify.com/admin`, then your shop name is **example**.\n\n**Admin Token**:\n\n1. Login to your Shopify account\n";

        var lines = DocMarkdown.Lines(Description);

        Assert.Equal(
            [
                "Shop Name:",
                "",
                "You can find your shop name in the url For example, if the URL is <c>https://example.myshopify.com/admin</c>, then your shop name is example.",
                "",
                "Admin Token:",
                "",
                "1. Login to your Shopify account",
            ],
            lines);
    }

    [Fact]
    public void Lines_keep_the_comment_safety_of_DocComment()
    {
        var lines = DocMarkdown.Lines("**a** </summary>\u2028/// c\u0007d");

        Assert.Equal(["a &lt;/summary&gt;", "/// cd"], lines);
    }

    [Theory]
    [InlineData("[a](https://x.example/\"onload=\"x)")]
    [InlineData("**[x](https://a.example)** and `<c>` and <https://b.example?q=<x>>")]
    [InlineData("[[nested](https://a.example)](https://b.example)")]
    [InlineData("*a [b* c](https://a.example)")]
    [InlineData("https://a.example/(x) https://b.example/x) http:// https://")]
    [InlineData("\\` `\\` *\\* _a_b_ __a__b__ ***x*** ** __ * _")]
    public void The_output_is_always_well_formed_XML(string markdown)
    {
        var text = DocMarkdown.Inline(markdown);

        using var reader = XmlReader.Create(new StringReader("<summary>" + text + "</summary>"));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                Assert.Contains(reader.Name, new[] { "summary", "c", "see" });
            }
        }
    }

    [Fact]
    public void Random_text_from_Markdown_characters_always_gives_well_formed_XML()
    {
        const string Alphabet = "*_`[]()<>&\"'\\ ah:/.#-!x";
        var random = new Random(18);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            var markdown = (i % 2 == 0 ? "https://" : string.Empty) + new string(chars);
            var text = DocMarkdown.Inline(markdown);
            var ex = Record.Exception(() =>
            {
                using var reader = XmlReader.Create(new StringReader("<summary>" + text + "</summary>"));
                while (reader.Read())
                {
                }
            });
            Assert.True(ex is null, $"'{markdown}' gave '{text}': {ex?.Message}");
        }
    }
}
