using Activepieces.Connections.Generators.Parsing;

namespace Activepieces.Connections.Generators.Tests.Parsing;

public sealed class PieceAuthArgumentRulesTests
{
    [Theory]
    [InlineData("@activepieces/piece-gelato", true)]
    [InlineData("piece-local", true)]
    [InlineData("@scope/a.b~c_d-e", true)]
    [InlineData("@Activepieces/piece-gelato", false)]
    [InlineData("@activepieces/", false)]
    [InlineData("@activepieces", false)]
    [InlineData(".hidden", false)]
    [InlineData("_private", false)]
    [InlineData("has space", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Piece_names_are_npm_package_names(string? pieceName, bool valid) =>
        Assert.Equal(valid, PieceAuthArgumentRules.IsValidPieceName(pieceName));

    [Fact]
    public void Piece_names_are_at_most_214_characters()
    {
        Assert.True(PieceAuthArgumentRules.IsValidPieceName(new string('a', 214)));
        Assert.False(PieceAuthArgumentRules.IsValidPieceName(new string('a', 215)));
    }

    [Theory]
    [InlineData("1.2.3", true)]
    [InlineData("0.0.0", true)]
    [InlineData("10.20.30-rc.1", true)]
    [InlineData("1.2.3-beta-2+build.7", true)]
    [InlineData("1.2.3+sha.abc", true)]
    [InlineData("1.2", false)]
    [InlineData("1.2.3.4", false)]
    [InlineData("v1.2.3", false)]
    [InlineData("01.2.3", false)]
    [InlineData("1.2.3-", false)]
    [InlineData("1.2.3-a..b", false)]
    [InlineData("~1.2.3", false)]
    [InlineData("", false)]
    public void Piece_versions_are_semantic_versions(string version, bool valid) =>
        Assert.Equal(valid, PieceAuthArgumentRules.IsValidSemanticVersion(version));

    [Theory]
    [InlineData("gelato_", true)]
    [InlineData("crm:", true)]
    [InlineData("a.b-c", true)]
    [InlineData("with space", false)]
    [InlineData("slash/", false)]
    [InlineData("", false)]
    public void Prefixes_use_a_safe_character_set(string prefix, bool valid) =>
        Assert.Equal(valid, PieceAuthArgumentRules.IsValidExternalIdPrefix(prefix));
}
