using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Activepieces.Connections.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Activepieces.Connections.Analyzers.Tests.Analyzers;

/// <summary>
/// APC021: a member named <c>AuthType</c> or <c>ConnectionScope</c> (Baserow's CUSTOM_AUTH has a prop <c>authType</c>)
/// hides the enum inside the type's <c>[PieceAuth]</c>. The compiler's CS0120 gets a clear diagnostic beside it, instead
/// of misleading ones about the unbound arguments, and a code fix qualifies the name.
/// </summary>
public sealed class ShadowedContractNameTests
{
    private static readonly string[] NoPieces = [];

    [Fact]
    public Task A_member_named_AuthType_hides_the_enum() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-baserow", {|#0:AuthType|}.CustomAuth)]
        public partial record BaserowConnection(string ApiUrl, string AuthType, [Secret] string Token);
        """,
        NoPieces,
        DiagnosticResult.CompilerError("CS0120").WithLocation(0).WithArguments("BaserowConnection.AuthType"),
        Verify.Diagnostic("APC021").WithLocation(0).WithArguments("BaserowConnection", "AuthType", "global::Activepieces.AuthType.CustomAuth"));

    [Fact]
    public Task A_member_named_ConnectionScope_hides_the_enum() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-baserow", AuthType.CustomAuth, Scope = {|#0:ConnectionScope|}.Project)]
        public partial class BaserowConnection
        {
            public string ConnectionScope { get; init; } = "";
        }
        """,
        NoPieces,
        DiagnosticResult.CompilerError("CS0120").WithLocation(0).WithArguments("BaserowConnection.ConnectionScope"),
        Verify.Diagnostic("APC021").WithLocation(0).WithArguments("BaserowConnection", "ConnectionScope", "global::Activepieces.ConnectionScope.Project"));

    [Fact]
    public Task Qualified_names_report_nothing() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-baserow", global::Activepieces.AuthType.CustomAuth, Scope = global::Activepieces.ConnectionScope.Project)]
        public partial record BaserowConnection(string ApiUrl, string AuthType, [Secret] string Token, string? ConnectionScope);
        """,
        NoPieces);

    [Fact]
    public Task A_member_typed_as_the_enum_does_not_hide_it() => Verify.AnalyzerAsync(
        """
        [PieceAuth("@activepieces/piece-baserow", AuthType.CustomAuth)]
        public partial record BaserowConnection(string ApiUrl, AuthType AuthType);
        """,
        NoPieces);

    [Fact]
    public Task The_code_fix_qualifies_the_hidden_name() => Verify.CodeFixAsync<QualifyContractNameCodeFixProvider>(
        """
        [PieceAuth("@activepieces/piece-baserow", {|CS0120:{|APC021:AuthType|}|}.CustomAuth, Scope = {|CS0120:{|APC021:ConnectionScope|}|}.Project)]
        public partial record BaserowConnection(string ApiUrl, string AuthType, [Secret] string Token, string? ConnectionScope);
        """,
        """
        [PieceAuth("@activepieces/piece-baserow", global::Activepieces.AuthType.CustomAuth, Scope = global::Activepieces.ConnectionScope.Project)]
        public partial record BaserowConnection(string ApiUrl, string AuthType, [Secret] string Token, string? ConnectionScope);
        """,
        NoPieces);
}
