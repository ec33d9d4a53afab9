using Activepieces.Connections.IntegrationTests.Connections;
using Activepieces.Connections.IntegrationTests.Infrastructure;

namespace Activepieces.Connections.IntegrationTests.Infrastructure;

/// <summary>One case per auth type, plus the project scope, each through the generated extension method.</summary>
internal static class ProvisioningCases
{
    public static readonly IReadOnlyList<ProvisioningCase> All =
    [
        new("CustomAuth", "gelato_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateGelatoConnectionAsync(id, new GelatoConnection("gelato-key-SECRET", "store-42"), ct),
            """{"type":"CUSTOM_AUTH","props":{"apiKey":"gelato-key-SECRET","storeId":"store-42"}}""",
            IsOAuth2: false),
        new("CustomAuthMemberTypes", "postgres_", ConnectionScope.Platform,
            (client, id, ct) => client.CreatePostgresConnectionAsync(
                id, new PostgresConnection("db.acme.test", 5432, "crm", "pg-SECRET", true, SslMode.VerifyFull, ["public", "audit"], null), ct),
            """{"type":"CUSTOM_AUTH","props":{"host":"db.acme.test","port":5432,"database":"crm","password":"pg-SECRET","enableSsl":true,"sslMode":"verify-full","schemas":["public","audit"]}}""",
            IsOAuth2: false),
        new("SecretText", "openai_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateOpenAiConnectionAsync(id, new OpenAiAuth("sk-openai-SECRET"), ct),
            """{"type":"SECRET_TEXT","secret_text":"sk-openai-SECRET"}""",
            IsOAuth2: false),
        new("BasicAuth", "jira-cloud_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateJiraConnectionAsync(id, new JiraCredentials("jdoe@acme.test", "jira-SECRET"), ct),
            """{"type":"BASIC_AUTH","username":"jdoe@acme.test","password":"jira-SECRET"}""",
            IsOAuth2: false),
        new("OAuth2", "google-sheets_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateGoogleSheetsConnectionAsync(
                id, new GoogleSheetsConnection("client-1", "client-SECRET", "code-SECRET", "https://app.acme.test/cb", "sheets", "sheet-9"), ct),
            """{"type":"OAUTH2","client_id":"client-1","client_secret":"client-SECRET","code":"code-SECRET","redirect_url":"https://app.acme.test/cb","scope":"sheets","props":{"spreadsheet_id":"sheet-9"}}""",
            IsOAuth2: true),
        new("CloudOAuth2", "slack_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateSlackConnectionAsync(id, new SlackConnection("slack-client", "slack-code-SECRET", "chat:write"), ct),
            """{"type":"CLOUD_OAUTH2","client_id":"slack-client","code":"slack-code-SECRET","scope":"chat:write"}""",
            IsOAuth2: true),
        new("PlatformOAuth2", "hubspot_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateHubspotConnectionAsync(id, new HubspotAuth("hub-app", "hub-code-SECRET", "https://app.acme.test/cb", "crm.objects", "portal-9"), ct),
            """{"type":"PLATFORM_OAUTH2","client_id":"hub-app","code":"hub-code-SECRET","redirect_url":"https://app.acme.test/cb","scope":"crm.objects","props":{"portalId":"portal-9"}}""",
            IsOAuth2: true),
        new("NoAuth", "http_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateHttpConnectionAsync(id, new HttpConnection(), ct),
            """{"type":"NO_AUTH"}""",
            IsOAuth2: false),
        new("Oidc", "okta_", ConnectionScope.Platform,
            (client, id, ct) => client.CreateOktaOidcConnectionAsync(id, new OktaOidcConnection("https://id.acme.test", "okta-app", "oidc-SECRET"), ct),
            """{"type":"OIDC","props":{"issuer":"https://id.acme.test","clientId":"okta-app","clientSecret":"oidc-SECRET"}}""",
            IsOAuth2: false),
        new("ProjectScope", "crm_", ConnectionScope.Project,
            (client, id, ct) => client.CreateAcmeCrmConnectionAsync(id, new CrmToken { Token = "crm-SECRET" }, ct),
            """{"type":"SECRET_TEXT","secret_text":"crm-SECRET"}""",
            IsOAuth2: false),
    ];

    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static ProvisioningCase Get(string name) => All.Single(c => c.Name == name);
}
