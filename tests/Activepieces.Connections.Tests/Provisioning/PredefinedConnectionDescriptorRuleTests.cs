using System.Text.Json;

namespace Activepieces.Tests.Provisioning;

/// <summary>
/// <see cref="PredefinedConnectionDescriptor"/> accepts exactly what the analyzers accept in <c>[PieceAuth]</c>
/// (<see cref="PieceAuthRuleCases"/>), and the prop-key convention is <c>JsonNamingPolicy.CamelCase</c>.
/// </summary>
public sealed class PredefinedConnectionDescriptorRuleTests
{
    [Theory]
    [MemberData(nameof(PieceAuthRuleCases.PieceNames), MemberType = typeof(PieceAuthRuleCases))]
    public void The_piece_name_follows_the_APC002_rule(string pieceName, bool valid) =>
        AssertJudged(valid, "pieceName", () => new PredefinedConnectionDescriptor(pieceName, AuthType.SecretText, "x_", "X"));

    [Theory]
    [MemberData(nameof(PieceAuthRuleCases.ExternalIdPrefixes), MemberType = typeof(PieceAuthRuleCases))]
    public void The_external_id_prefix_follows_the_APC003_rule(string prefix, bool valid) =>
        AssertJudged(valid, "externalIdPrefix", () => new PredefinedConnectionDescriptor("@activepieces/piece-gelato", AuthType.SecretText, prefix, "X"));

    [Theory]
    [MemberData(nameof(PieceAuthRuleCases.PieceVersions), MemberType = typeof(PieceAuthRuleCases))]
    public void The_piece_version_follows_the_APC009_rule(string version, bool valid) =>
        AssertJudged(valid, "pieceVersion", () => new PredefinedConnectionDescriptor("@activepieces/piece-gelato", AuthType.SecretText, "x_", "X", version));

    [Fact]
    public void The_message_names_the_rule_and_the_value()
    {
        var error = Assert.Throws<ArgumentException>(() => new PredefinedConnectionDescriptor("@activepieces/piece-gelato", AuthType.SecretText, "crm:", "X"));

        Assert.Equal("externalIdPrefix", error.ParamName);
        Assert.StartsWith("The external id prefix 'crm:' has characters other than letters, digits, '_' and '-'.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData((AuthType)99)]
    [InlineData((AuthType)(-1))]
    public void An_undefined_auth_type_is_rejected(AuthType authType)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PredefinedConnectionDescriptor("@activepieces/piece-gelato", authType, "x_", "X"));
        Assert.Equal("authType", error.ParamName);
    }

    [Theory]
    [InlineData("ApiKey")]
    [InlineData("apiKey")]
    [InlineData("ID")]
    [InlineData("URLPath")]
    [InlineData("StoreId")]
    [InlineData("A")]
    [InlineData("IOStream")]
    [InlineData("")]
    public void The_prop_key_convention_is_JsonNamingPolicy_CamelCase(string memberName) =>
        Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(memberName), PropKeys.FromMemberName(memberName));

    private static void AssertJudged(bool valid, string parameter, Func<PredefinedConnectionDescriptor> create)
    {
        if (valid)
        {
            Assert.NotNull(create());
            return;
        }

        var error = Assert.ThrowsAny<ArgumentException>(() => create());
        Assert.Equal(parameter, error.ParamName);
    }
}
