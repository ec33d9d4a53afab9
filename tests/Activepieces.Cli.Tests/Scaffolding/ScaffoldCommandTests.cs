using Activepieces.Cli.Tests.Infrastructure;
using Activepieces.Emulator;

namespace Activepieces.Cli.Tests.Scaffolding;

/// <summary><c>pieces scaffold</c>: choosing the auth, naming, where the file goes, errors.</summary>
public sealed class ScaffoldCommandTests
{
    [Theory]
    [InlineData("npm/slack.piece.json", "@activepieces/piece-slack has 2 auths; choose one with --auth: OAUTH2 (or CLOUD_OAUTH2, PLATFORM_OAUTH2) \"Connection\", CUSTOM_AUTH \"Bot Token\".")]
    [InlineData("reference/mistral-ai.piece.json", "@activepieces/piece-mistral-ai has 2 auths; choose one with --auth: SECRET_TEXT \"API Key\", CUSTOM_AUTH \"Cloudflare AI Gateway\".")]
    public async Task A_multi_auth_piece_needs_auth_and_the_error_lists_the_choices(string file, string expected)
    {
        var run = await CliRun.RunAsync(Corpus.Directory, "pieces", "scaffold", file, "--output", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + expected, Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("--auth", "BASIC_AUTH", "error: @activepieces/piece-mysql has no BASIC_AUTH auth; it has: CUSTOM_AUTH \"Connection\".")]
    [InlineData("--auth", "TOKEN", "error: --auth TOKEN is not an auth type; @activepieces/piece-mysql has: CUSTOM_AUTH \"Connection\".")]
    [InlineData("--name", "My Connection", "error: --name 'My Connection' is not a C# type name.")]
    [InlineData("--name", "class", "error: --name 'class' is not a C# type name.")]
    [InlineData("--namespace", "Acme..Connections", "error: --namespace 'Acme..Connections' is not a C# namespace such as Acme.Connections.")]
    [InlineData("--prefix", "my prefix", "error: --prefix 'my prefix' has characters other than letters, digits, '_' and '-' (flows reference connections by '<prefix><project id>').")]
    public async Task Invalid_options_are_one_error_line_with_exit_code_2(string option, string value, string expected)
    {
        var run = await CliRun.RunAsync(Corpus.Directory, "pieces", "scaffold", "reference/mysql.piece.json", option, value, "--output", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Markdown_in_labels_and_descriptions_becomes_documentation_text()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("acme.piece.json"), """
            {"name":"@acme/piece-acme","version":"1.0.0","displayName":"Acme","auth":{"type":"CUSTOM_AUTH","displayName":"**Connection**",
             "description":"Copy the key from the [security tab](https://acme.example/settings#keys) and the `X-Shop` header.",
             "required":true,"props":{"shopName":{"displayName":"**Shop Name**","type":"SHORT_TEXT","required":true,
             "description":"The _subdomain_ of https://acme.example/shops."}}}}
            """);

        var run = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "acme.piece.json", "--output", "-");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("/// Copy the key from the <see href=\"https://acme.example/settings#keys\">security tab</see> and the <c>X-Shop</c> header.", run.Out, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Shop Name</summary>", run.Out, StringComparison.Ordinal);
        Assert.Contains("/// The subdomain of <see href=\"https://acme.example/shops\">https://acme.example/shops</see>.", run.Out, StringComparison.Ordinal);
        Assert.Contains("CUSTOM_AUTH \"Connection\")", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("**", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piece_without_auth_or_a_missing_file_is_an_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("none.piece.json"), """{"name":"@activepieces/piece-delay","version":"0.3.26"}""");
        File.WriteAllText(dir.Combine("broken.piece.json"), """{"name": """);

        var none = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "none.piece.json");
        var missing = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "missing.piece.json");
        var broken = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "broken.piece.json");

        Assert.Equal(2, none.ExitCode);
        Assert.Equal("error: @activepieces/piece-delay declares no auth: it needs no connection, so there is no record to scaffold.", Assert.Single(none.ErrorLines));
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("error: missing.piece.json: no such file.", Assert.Single(missing.ErrorLines));
        Assert.Equal(2, broken.ExitCode);
        // The analyzers' reader and its APC015 wording: what is wrong, and where.
        Assert.StartsWith($"error: {dir.Combine("broken.piece.json")}: not valid piece metadata (not valid JSON: ", Assert.Single(broken.ErrorLines), StringComparison.Ordinal);
        Assert.EndsWith(", line 1, position 10).", broken.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piece_name_the_PieceAuth_attribute_rejects_is_an_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("upper.piece.json"), """
            {"name":"@Acme/Piece-Upper","version":"1.0.0","auth":{"type":"SECRET_TEXT","displayName":"Key","required":true}}
            """);

        var run = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "upper.piece.json", "--output", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: the piece name '@Acme/Piece-Upper' is not an npm package name (use '@scope/name' or 'name': lower-case letters, digits and '-', '.', '_', '~', at most 214 characters), so no [PieceAuth] record can name it.",
            Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task An_OAuth2_prop_named_like_an_OAuth2_field_is_refused()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("clash.piece.json"), """
            {"name":"@acme/piece-clash","version":"1.0.0","auth":{"type":"OAUTH2","displayName":"OAuth","required":true,"authUrl":"https://a","tokenUrl":"https://t","scope":[],
             "props":{"scope":{"displayName":"Scope","type":"SHORT_TEXT","required":false}}}}
            """);

        var run = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "clash.piece.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the OAUTH2 prop 'scope' has the name of the OAuth2 field 'scope'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_TypeName_cs_into_a_directory_and_refuses_to_overwrite_without_force()
    {
        using var dir = new TempDirectory();
        File.Copy(Corpus.PathOf("reference/mysql.piece.json"), dir.Combine("mysql.piece.json"));

        var first = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "mysql.piece.json", "--output", "Connections");
        var again = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "mysql.piece.json", "--output", "Connections");
        var forced = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "mysql.piece.json", "--output", "Connections", "--force");
        var named = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "mysql.piece.json", "--output", "Db.cs", "--name", "Database");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal($"Scaffolded MySQLConnection (5 member(s)) -> {Path.Combine("Connections", "MySQLConnection.cs")}", first.Out.Trim());
        Assert.Contains("public sealed partial record MySQLConnection", File.ReadAllText(dir.Combine("Connections", "MySQLConnection.cs")), StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Equal($"error: {Path.Combine("Connections", "MySQLConnection.cs")} already exists; pass --force to overwrite it.", Assert.Single(again.ErrorLines));
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Contains("public sealed partial record Database", File.ReadAllText(dir.Combine("Db.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scaffolds_from_a_piece_name_fetched_from_the_instance_and_suggests_pulling_it()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(
            new ActivepiecesEmulatorOptions().AddPieceFile(Corpus.PathOf("reference/pdfcrowd.piece.json")), TestContext.Current.CancellationToken);
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "pieces", "scaffold", "pdfcrowd", "--output", "-", "--instance", emulator.BaseUrl.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[global::Activepieces.PieceAuth(\"@activepieces/piece-pdfcrowd\", global::Activepieces.AuthType.BasicAuth)]", run.Out, StringComparison.Ordinal);
        Assert.Equal("Tip: run 'dotnet activepieces pieces pull @activepieces/piece-pdfcrowd' so the analyzers check PdfcrowdConnection at every build.", Assert.Single(run.ErrorLines));
    }
}
