extern alias Generators;

namespace Activepieces.Connections.Generators.Tests.Parsing;

public sealed class NamingConventionsTests
{
    [Theory]
    [InlineData("ClientId", "client_id")]
    [InlineData("RedirectURL", "redirect_url")]
    [InlineData("CodeChallenge", "code_challenge")]
    [InlineData("Scope", "scope")]
    [InlineData("OAuth2Token", "o_auth2_token")]
    public void SnakeCase(string name, string expected) => Assert.Equal(expected, NamingConventions.ToSnakeCase(name));

    [Theory]
    [InlineData("@activepieces/piece-gelato", "gelato_", "Gelato Connection")]
    [InlineData("@activepieces/piece-google-sheets", "google-sheets_", "Google Sheets Connection")]
    [InlineData("@acme/piece-crm.v2", "crm_v2_", "Crm V2 Connection")]
    [InlineData("my-piece", "my-piece_", "My Piece Connection")]
    [InlineData("@acme/piece-", "", "")]
    public void Prefix_and_display_name_are_derived_from_the_piece_name(string pieceName, string prefix, string displayName)
    {
        Assert.Equal(prefix, Generators::Activepieces.ExternalIdPrefixes.DefaultFor(pieceName));
        Assert.Equal(displayName, NamingConventions.DefaultDisplayName(pieceName));
    }

    [Theory]
    [InlineData("GelatoConnection", "Gelato")]
    [InlineData("OpenAiAuth", "OpenAi")]
    [InlineData("JiraCredentials", "Jira")]
    [InlineData("PostgresProps", "Postgres")]
    [InlineData("Connection", "Connection")]
    [InlineData("DiscordBotToken", "DiscordBotToken")]
    public void The_client_name_drops_one_known_suffix(string typeName, string expected) =>
        Assert.Equal(expected, NamingConventions.DefaultClientName(typeName));

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("Token", "Token")]
    public void Keywords_are_escaped(string name, string expected) => Assert.Equal(expected, CSharpNames.Escape(name));
}
