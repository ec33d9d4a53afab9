using System.Globalization;
using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Analyzers.Tests.Pipeline;

/// <summary>
/// A [PieceAuth] record with an error fails the build with its APC diagnostics alone: the generator's stand-in keeps
/// the call sites compiling (no CS1061), and one wrong auth type is one diagnostic that names the piece's auth types.
/// </summary>
public sealed class ErrorCascadeTests
{
    private const string CallSites = """

        public static class Provisioning
        {
            public static async System.Threading.Tasks.Task<int> SyncAsync(ActivepiecesClient client)
            {
                var connection = new ShopifyConnection { ShopName = "acme", AdminToken = "token" };
                await client.CreateShopifyConnectionAsync("org_1", connection);
                await client.EnsureShopifyConnectionAsync("org_1", connection);
                var found = await client.GetShopifyConnectionAsync("org_1");
                await client.DeleteShopifyConnectionAsync("org_1");
                var result = await client.SyncShopifyConnectionsAsync(new[] { ("org_1", connection) });
                await client.AuditShopifyConnectionsAsync();
                await client.DiagnoseShopifyConnectionAsync("org_1");
                return found is null ? result.Failed.Count : 0;
            }
        }
        """;

    [Fact]
    public async Task A_record_that_is_not_partial_reports_APC001_alone()
    {
        var source = Record("public sealed record ShopifyConnection", "AuthType.CustomAuth");

        var (compilation, analyzers) = await RunAsync(source, withMetadata: true);

        Assert.Empty(compilation);
        Assert.Equal(["APC001"], analyzers.Select(d => d.Id));
    }

    [Fact]
    public async Task A_wrong_auth_type_is_one_diagnostic_that_names_the_pieces_auth_types()
    {
        var source = Record("public sealed partial record ShopifyConnection", "AuthType.SecretText");

        var (compilation, analyzers) = await RunAsync(source, withMetadata: true);

        Assert.Empty(compilation);
        var diagnostic = Assert.Single(analyzers);
        Assert.Equal("APC010", diagnostic.Id);
        Assert.Equal(
            "The piece '@activepieces/piece-shopify' has no SECRET_TEXT auth (its metadata declares: CUSTOM_AUTH (AuthType.CustomAuth))",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Without_metadata_the_wrong_auth_type_is_still_an_error_and_call_sites_still_compile()
    {
        var source = Record("public sealed partial record ShopifyConnection", "AuthType.SecretText");

        var (compilation, analyzers) = await RunAsync(source, withMetadata: false);

        Assert.Empty(compilation);
        Assert.Contains(analyzers, d => d.Id == "APC005" && d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(analyzers, d => d.Id == "APC010");
    }

    [Fact]
    public async Task A_correct_record_and_its_call_sites_report_nothing()
    {
        var source = Record("public sealed partial record ShopifyConnection", "AuthType.CustomAuth");

        var (compilation, analyzers) = await RunAsync(source, withMetadata: true);

        Assert.Empty(compilation);
        Assert.Empty(analyzers);
    }

    private static string Record(string declaration, string authType) => $$"""
        using Activepieces;

        namespace Acme;

        [PieceAuth("@activepieces/piece-shopify", {{authType}})]
        {{declaration}}
        {
            public required string ShopName { get; init; }

            [Secret]
            public required string AdminToken { get; init; }
        }
        {{CallSites}}
        """;

    /// <summary>The compiler's errors and warnings (generated code included), and the analyzers' diagnostics (APC016 aside).</summary>
    private static async Task<(IReadOnlyList<Diagnostic> Compilation, IReadOnlyList<Diagnostic> Analyzers)> RunAsync(string source, bool withMetadata)
    {
        AdditionalText[] files = withMetadata ? [new InMemoryAdditionalText("pieces/shopify.piece.json", PieceFiles.Read("shopify"))] : [];
        var cancellationToken = TestContext.Current.CancellationToken;
        var generated = FullPipeline.Generate(source, [.. files], cancellationToken);
        var result = await FullPipeline.AnalyzeAsync(generated, [.. files], cancellationToken);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.AnalyzerExceptions);
        var compilation = generated.Compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var analyzers = result.AnalyzerDiagnostics.Where(d => d.Id != "APC016").ToList();
        return (compilation, analyzers);
    }
}
