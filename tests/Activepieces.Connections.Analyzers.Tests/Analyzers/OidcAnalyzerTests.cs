using Activepieces.Connections.Analyzers.Tests.Infrastructure;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>OIDC: shaped like CUSTOM_AUTH (props only, at least one) and checked against an <c>OIDC</c> metadata auth.</summary>
public sealed class OidcAnalyzerTests
{
    private const string OktaMetadata = """
        {"name":"@acme/piece-okta-directory","version":"0.1.0","auth":[
          {"type":"SECRET_TEXT","displayName":"API token","required":true},
          {"type":"OIDC","displayName":"Single sign-on","required":true,"props":{
            "issuer":{"displayName":"Issuer","required":true,"type":"SHORT_TEXT"},
            "clientId":{"displayName":"Client ID","required":true,"type":"SHORT_TEXT"},
            "clientSecret":{"displayName":"Client secret","required":true,"type":"SECRET_TEXT"}}}]}
        """;

    [Fact]
    public Task A_type_matching_the_OIDC_auth_of_its_piece_reports_nothing() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-okta-directory", AuthType.Oidc)]
        public partial record OktaConnection(string Issuer, string ClientId, [Secret] string ClientSecret);
        """,
        [],
        WithOktaMetadata);

    [Fact]
    public Task The_props_of_the_OIDC_auth_are_checked() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-okta-directory", AuthType.Oidc)]
        public partial record {|#0:OktaConnection|}(string Issuer, string {|#1:ClientSecret|}, string {|#2:Tenant|});
        """,
        [],
        WithOktaMetadata,
        Verify.Diagnostic("APC014").WithLocation(1).WithArguments("ClientSecret", "clientSecret"),
        Verify.Diagnostic("APC012").WithLocation(2).WithArguments("Tenant", "tenant", "@acme/piece-okta-directory", " (its props: issuer, clientId, clientSecret)"),
        Verify.Diagnostic("APC011").WithLocation(0).WithArguments("OktaConnection", "clientId", "SHORT_TEXT", "@acme/piece-okta-directory"));

    [Fact]
    public Task A_piece_without_an_OIDC_auth_reports_APC010() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-mysql", {|#0:AuthType.Oidc|})]
        public partial record MySqlConnection(string Host);
        """,
        ["mysql"],
        Verify.Diagnostic("APC010").WithLocation(0).WithArguments("@activepieces/piece-mysql", "OIDC", "CUSTOM_AUTH (AuthType.CustomAuth)"));

    [Fact]
    public Task An_OIDC_type_without_members_reports_APC005() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@acme/piece-okta-directory", AuthType.Oidc)]
        public partial record {|#0:OktaConnection|};
        """,
        [],
        Verify.Diagnostic("APC005").WithLocation(0).WithArguments("OktaConnection", "Oidc", "it declares no member, and an OIDC value needs at least one prop"));

    private static void WithOktaMetadata(ActivepiecesAnalyzerTest<Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider> test) =>
        test.TestState.AdditionalFiles.Add(("okta-directory.piece.json", OktaMetadata));
}
