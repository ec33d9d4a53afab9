using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Activepieces.Tests.Provisioning;

namespace Activepieces.Connections.Analyzers.Tests.Diagnostics;

/// <summary>
/// APC002, APC003 and APC009 judge the table of <see cref="PieceAuthRuleCases"/> exactly as
/// <c>PredefinedConnectionDescriptor</c> does (its test runs the same table).
/// </summary>
public sealed class SharedRuleCaseTests
{
    private static readonly string[] NoPieces = [];

    [Theory]
    [MemberData(nameof(PieceAuthRuleCases.PieceNames), MemberType = typeof(PieceAuthRuleCases))]
    public Task APC002_follows_the_shared_piece_name_rule(string pieceName, bool valid) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth({{Marked(valid, "APC002", $"\"{pieceName}\"")}}, AuthType.SecretText, ExternalIdPrefix = "x_")]
        public partial record SomeAuth([Secret] string ApiKey);
        """,
        NoPieces);

    [Theory]
    [MemberData(nameof(PieceAuthRuleCases.ExternalIdPrefixes), MemberType = typeof(PieceAuthRuleCases))]
    public Task APC003_follows_the_shared_prefix_rule(string prefix, bool valid) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText, {{Marked(valid, "APC003", $"ExternalIdPrefix = \"{prefix}\"")}})]
        public partial record DeepSeekAuth([Secret] string ApiKey);
        """,
        NoPieces);

    [Theory]
    [MemberData(nameof(PieceAuthRuleCases.PieceVersions), MemberType = typeof(PieceAuthRuleCases))]
    public Task APC009_follows_the_shared_version_rule(string version, bool valid) => Verify.AnalyzerAsync(
        $$"""
        [PieceAuth("@activepieces/piece-deepseek", AuthType.SecretText, {{Marked(valid, "APC009", $"PieceVersion = \"{version}\"")}})]
        public partial record DeepSeekAuth([Secret] string ApiKey);
        """,
        NoPieces);

    /// <summary>The argument as written, marked as the location of <paramref name="id"/> when it is invalid.</summary>
    private static string Marked(bool valid, string id, string argument) => valid ? argument : "{|" + id + ":" + argument + "|}";
}
