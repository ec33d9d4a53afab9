using Activepieces.Connections.Analyzers.Tests.Infrastructure;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>
/// APC022: a missing <c>*.piece.json</c> is a warning when the project shows it keeps metadata (other metadata files, a
/// <c>pieces/</c> folder, a scaffolded record), and APC016 (info) only for a project without any, or that opted out.
/// </summary>
public sealed class MetadataCheckLostTests
{
    private const string Shopify = """
        [PieceAuth({|#0:"@activepieces/piece-shopify"|}, AuthType.CustomAuth)]
        public sealed partial record ShopifyConnection
        {
            public required string ShopName { get; init; }

            [Secret]
            public required string AdminToken { get; init; }
        }
        """;

    [Fact]
    public Task Metadata_for_other_pieces_makes_the_missing_file_a_warning() => Verify.AnalyzerAsync(
        Shopify,
        ["mysql"],
        Verify.Diagnostic("APC022").WithLocation(0).WithArguments(
            "@activepieces/piece-shopify", "ShopifyConnection", "the project has a metadata file for another piece"));

    [Fact]
    public Task Several_other_metadata_files_are_named_as_such() => Verify.AnalyzerAsync(
        Shopify,
        ["mysql", "deepseek"],
        Verify.Diagnostic("APC022").WithLocation(0).WithArguments(
            "@activepieces/piece-shopify", "ShopifyConnection", "the project has metadata files for other pieces"));

    [Fact]
    public Task A_scaffolded_record_without_its_file_is_a_warning() => Verify.AnalyzerAsync(
        "// Scaffolded by `dotnet activepieces pieces scaffold` from pieces/shopify.piece.json, auth CUSTOM_AUTH.\n" + Shopify,
        [],
        Verify.Diagnostic("APC022").WithLocation(0).WithArguments(
            "@activepieces/piece-shopify", "ShopifyConnection", "'ShopifyConnection' was scaffolded from one"));

    [Fact]
    public Task A_pieces_folder_without_the_file_is_a_warning() => Verify.AnalyzerAsync(
        Shopify,
        [],
        test => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property._ActivepiecesPiecesFolderExists = true\n")),
        Verify.Diagnostic("APC022").WithLocation(0).WithArguments(
            "@activepieces/piece-shopify", "ShopifyConnection", "the project has a pieces/ folder"));

    [Fact]
    public Task The_opt_out_property_leaves_only_the_info() => Verify.AnalyzerAsync(
        "// Scaffolded by `dotnet activepieces pieces scaffold` from pieces/shopify.piece.json, auth CUSTOM_AUTH.\n" + Shopify,
        ["mysql"],
        test =>
        {
            test.WithNoMetadataDiagnostic();
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ActivepiecesExpectPieceMetadata = false\nbuild_property._ActivepiecesPiecesFolderExists = true\n"));
        },
        Verify.Diagnostic("APC016").WithLocation(0).WithArguments("@activepieces/piece-shopify", "ShopifyConnection"));

    [Fact]
    public Task A_project_without_any_metadata_gets_only_the_info() => Verify.AnalyzerAsync(
        Shopify,
        [],
        test => test.WithNoMetadataDiagnostic(),
        Verify.Diagnostic("APC016").WithLocation(0).WithArguments("@activepieces/piece-shopify", "ShopifyConnection"));

    [Fact]
    public Task A_comment_that_only_mentions_the_scaffolder_is_not_the_marker() => Verify.AnalyzerAsync(
        "// Written by hand, not by `dotnet activepieces pieces scaffold`.\n" + Shopify,
        [],
        test => test.WithNoMetadataDiagnostic(),
        Verify.Diagnostic("APC016").WithLocation(0).WithArguments("@activepieces/piece-shopify", "ShopifyConnection"));

    [Fact]
    public Task The_file_of_the_piece_satisfies_the_check() => Verify.AnalyzerAsync(
        "// Scaffolded by `dotnet activepieces pieces scaffold` from pieces/shopify.piece.json, auth CUSTOM_AUTH.\n" + Shopify.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal),
        ["shopify", "mysql"]);

    [Fact]
    public void APC022_is_a_warning_whose_message_names_the_pull_command_and_the_opt_out()
    {
        var descriptor = Verify.Descriptor("APC022");
        var message = Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, Microsoft.CodeAnalysis.Location.None, "@activepieces/piece-shopify", "ShopifyConnection", "the project has a pieces/ folder")
            .GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.Contains("run 'dotnet activepieces pieces pull @activepieces/piece-shopify'", message, StringComparison.Ordinal);
        Assert.Contains("ActivepiecesExpectPieceMetadata to false", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_props_make_both_properties_visible_to_the_analyzer()
    {
        var props = File.ReadAllText(Path.Combine(
            Activepieces.TestSupport.RepositoryRoot.Path, "eng", "packaging", "buildTransitive", "Activepieces.Connections.props"));

        Assert.Contains($"<CompilerVisibleProperty Include=\"{MetadataExpectation.ExpectPieceMetadataProperty}\" />", props, StringComparison.Ordinal);
        Assert.Contains($"<CompilerVisibleProperty Include=\"{MetadataExpectation.PiecesFolderExistsProperty}\" />", props, StringComparison.Ordinal);
        Assert.Contains($"<{MetadataExpectation.PiecesFolderExistsProperty} Condition=\"Exists('$(MSBuildProjectDirectory)/pieces')\">true</", props, StringComparison.Ordinal);
    }
}
