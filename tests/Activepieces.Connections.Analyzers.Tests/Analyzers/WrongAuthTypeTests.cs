using Activepieces.Connections.Analyzers.Tests.Infrastructure;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>
/// A wrong auth type that the piece's metadata contradicts is one diagnostic, APC010; the members' fit (APC005) comes
/// back when APC010 is switched off, so the type is never left without an error.
/// </summary>
public sealed class WrongAuthTypeTests
{
    private const string Shopify = """
        [PieceAuth("@activepieces/piece-shopify", {|#0:AuthType.SecretText|})]
        public sealed partial record ShopifyConnection
        {
            public required string ShopName { get; init; }

            [Secret]
            public required string {|#1:AdminToken|} { get; init; }
        }
        """;

    [Fact]
    public Task The_wrong_auth_type_is_APC010_alone() => Verify.AnalyzerAsync(
        Shopify,
        ["shopify"],
        Verify.Diagnostic("APC010").WithLocation(0).WithArguments("@activepieces/piece-shopify", "SECRET_TEXT", "CUSTOM_AUTH (AuthType.CustomAuth)"));

    [Fact]
    public Task With_APC010_switched_off_the_members_fit_is_reported() => Verify.AnalyzerAsync(
        Shopify,
        ["shopify"],
        test => test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.APC010.severity = none\n")),
        Verify.Diagnostic("APC005").WithLocation(1).WithArguments(
            "ShopifyConnection", "SecretText", "'AdminToken' has no place in its value (a SECRET_TEXT value is exactly one string)"));
}
