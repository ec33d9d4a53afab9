using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Cli.Tests.Scaffolding;

/// <summary>
/// The exact text <c>pieces scaffold</c> writes for representative auths, kept as <c>*.verified.cs</c> files beside
/// this class (accept a change with <c>VERIFY_ACCEPT=true</c> and review the diff).
/// </summary>
public sealed class ScaffoldSnapshotTests
{
    [Theory]
    [InlineData("mysql.CUSTOM_AUTH", "reference/mysql.piece.json")]
    [InlineData("baserow.CUSTOM_AUTH", "npm/baserow.piece.json")]
    [InlineData("amazon-s3.CUSTOM_AUTH", "npm/amazon-s3.piece.json")]
    [InlineData("shopify.CUSTOM_AUTH", "npm/shopify.piece.json")]
    [InlineData("deepseek.SECRET_TEXT", "reference/deepseek.piece.json")]
    [InlineData("sso.OIDC", "synthetic/sso.piece.json", "--auth", "oidc")]
    [InlineData("pdfcrowd.BASIC_AUTH", "reference/pdfcrowd.piece.json")]
    [InlineData("square.CLOUD_OAUTH2", "reference/square.piece.json", "--auth", "CLOUD_OAUTH2")]
    [InlineData("zoho-books.OAUTH2", "npm/zoho-books.piece.json", "--auth", "oauth2")]
    [InlineData("slack.CUSTOM_AUTH.named", "npm/slack.piece.json", "--auth", "CUSTOM_AUTH", "--name", "SlackBotToken", "--namespace", "Acme.Integrations.Slack", "--prefix", "slack_bot_")]
    [InlineData("tricky.CUSTOM_AUTH", "synthetic/tricky.piece.json", "--auth", "CUSTOM_AUTH")]
    [InlineData("tricky.BASIC_AUTH", "synthetic/tricky.piece.json", "--auth", "BASIC_AUTH")]
    public async Task Scaffold_writes(string snapshot, string file, params string[] options)
    {
        var run = await CliRun.RunAsync(Corpus.Directory, ["pieces", "scaffold", file, "--output", "-", .. options]);

        Assert.True(run.ExitCode == 0, run.ToString());
        SnapshotAssert.Matches(snapshot, run.Out, nameof(ScaffoldSnapshotTests));
    }
}
