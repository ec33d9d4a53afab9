namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>The shared <c>[PieceAuth]</c> scenarios: one per auth type, plus scope, nesting and namespace variants.</summary>
public static class Scenarios
{
    /// <summary>SECRET_TEXT: a sealed record with one string → <c>secret_text</c>.</summary>
    public static readonly Scenario SecretText = new(
        nameof(SecretText),
        """
        using Activepieces;

        namespace Acme.Integrations;

        [PieceAuth("@activepieces/piece-openai", AuthType.SecretText)]
        public sealed partial record OpenAiAuth(string ApiKey);
        """,
        "Acme.Integrations.OpenAiAuth.g.cs",
        "Acme.Integrations.OpenAiAuth",
        """new global::Acme.Integrations.OpenAiAuth("sk-openai-SECRET-1")""",
        """{"type":"SECRET_TEXT","secret_text":"sk-openai-SECRET-1"}""",
        "OpenAiAuth { ApiKey = *** }",
        ["sk-openai-SECRET-1"]);

    /// <summary>BASIC_AUTH: <c>Username</c> by convention, the password mapped by <c>[property: PieceProp("password")]</c>; a pinned version.</summary>
    public static readonly Scenario BasicAuth = new(
        nameof(BasicAuth),
        """
        using Activepieces;

        namespace Acme.Integrations;

        [PieceAuth("@activepieces/piece-jira-cloud", AuthType.BasicAuth, DisplayName = "Jira", PieceVersion = "0.4.2")]
        public partial record JiraCredentials(string Username, [property: PieceProp("password")] string ApiToken);
        """,
        "Acme.Integrations.JiraCredentials.g.cs",
        "Acme.Integrations.JiraCredentials",
        """new global::Acme.Integrations.JiraCredentials("jdoe@acme.test", "jira-token-SECRET-2")""",
        """{"type":"BASIC_AUTH","username":"jdoe@acme.test","password":"jira-token-SECRET-2"}""",
        "JiraCredentials { Username = jdoe@acme.test, ApiToken = *** }",
        ["jira-token-SECRET-2"]);

    /// <summary>CUSTOM_AUTH: the Gelato acceptance type.</summary>
    public static readonly Scenario CustomAuth = new(
        nameof(CustomAuth),
        """
        using Activepieces;

        namespace Gelato.Backend;

        [PieceAuth("@activepieces/piece-gelato", AuthType.CustomAuth, ExternalIdPrefix = "gelato_")]
        public partial record GelatoConnection([property: Secret] string ApiKey, string StoreId);
        """,
        "Gelato.Backend.GelatoConnection.g.cs",
        "Gelato.Backend.GelatoConnection",
        """new global::Gelato.Backend.GelatoConnection("gelato-key-SECRET-3", "store-42")""",
        """{"type":"CUSTOM_AUTH","props":{"apiKey":"gelato-key-SECRET-3","storeId":"store-42"}}""",
        "GelatoConnection { ApiKey = ***, StoreId = store-42 }",
        ["gelato-key-SECRET-3"]);

    /// <summary>CUSTOM_AUTH with every supported member type, every key source, a null member and an ignored member.</summary>
    public static readonly Scenario CustomAuthMemberTypes = new(
        nameof(CustomAuthMemberTypes),
        """
        using System.Collections.Generic;
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;
        using Activepieces;

        namespace Acme.Integrations;

        public enum SslMode
        {
            Disabled,
            [JsonStringEnumMemberName("verify-full")] VerifyFull,
            [EnumMember(Value = "require")] Require,
        }

        [PieceAuth("@activepieces/piece-postgres", AuthType.CustomAuth)]
        public partial record PostgresConnection(
            string Host,
            int Port,
            [PieceProp("database")] string DatabaseName,
            [property: JsonPropertyName("user")] string UserName,
            [property: Secret] string Password,
            bool EnableSsl,
            SslMode SslMode,
            double? TimeoutSeconds,
            long? MaxRows,
            IReadOnlyList<string> Schemas,
            string[]? Tags,
            string? Certificate)
        {
            [JsonIgnore]
            public string Endpoint => Host + ":" + Port;
        }
        """,
        "Acme.Integrations.PostgresConnection.g.cs",
        "Acme.Integrations.PostgresConnection",
        """new global::Acme.Integrations.PostgresConnection("db.acme.test", 5432, "crm", "app", "pg-SECRET-4", true, global::Acme.Integrations.SslMode.VerifyFull, 2.5, null, new[] { "public", "audit" }, null, null)""",
        """{"type":"CUSTOM_AUTH","props":{"host":"db.acme.test","port":5432,"database":"crm","user":"app","password":"pg-SECRET-4","enableSsl":true,"sslMode":"verify-full","timeoutSeconds":2.5,"schemas":["public","audit"]}}""",
        "PostgresConnection { Host = db.acme.test, Port = 5432, DatabaseName = crm, UserName = app, Password = ***, EnableSsl = True, SslMode = VerifyFull, TimeoutSeconds = 2.5, MaxRows = , Schemas = System.String[], Tags = , Certificate =  }",
        ["pg-SECRET-4"]);

    /// <summary>OAUTH2: every well-known field by convention, an enum grant type, and an extra member → props.</summary>
    public static readonly Scenario OAuth2 = new(
        nameof(OAuth2),
        """
        using System.Runtime.Serialization;
        using Activepieces;

        namespace Acme.Integrations;

        public enum OAuthGrantType
        {
            [EnumMember(Value = "authorization_code")] AuthorizationCode,
            [EnumMember(Value = "client_credentials")] ClientCredentials,
        }

        [PieceAuth("@activepieces/piece-google-sheets", AuthType.OAuth2)]
        public partial record GoogleSheetsConnection(
            string ClientId,
            string ClientSecret,
            string Code,
            string RedirectUrl,
            string Scope,
            string? CodeChallenge,
            OAuthGrantType GrantType,
            [PieceProp("spreadsheet_id")] string SpreadsheetId);
        """,
        "Acme.Integrations.GoogleSheetsConnection.g.cs",
        "Acme.Integrations.GoogleSheetsConnection",
        """new global::Acme.Integrations.GoogleSheetsConnection("client-1", "client-SECRET-5", "code-SECRET-6", "https://app.acme.test/callback", "sheets", null, global::Acme.Integrations.OAuthGrantType.AuthorizationCode, "sheet-9")""",
        """{"type":"OAUTH2","client_id":"client-1","client_secret":"client-SECRET-5","code":"code-SECRET-6","redirect_url":"https://app.acme.test/callback","scope":"sheets","grant_type":"authorization_code","props":{"spreadsheet_id":"sheet-9"}}""",
        "GoogleSheetsConnection { ClientId = client-1, ClientSecret = ***, Code = ***, RedirectUrl = https://app.acme.test/callback, Scope = sheets, CodeChallenge = , GrantType = AuthorizationCode, SpreadsheetId = sheet-9 }",
        ["client-SECRET-5", "code-SECRET-6"]);

    /// <summary>CLOUD_OAUTH2: required fields plus an optional authorization method enum (member names are the wire values).</summary>
    public static readonly Scenario CloudOAuth2 = new(
        nameof(CloudOAuth2),
        """
        using Activepieces;

        namespace Acme.Integrations;

        public enum AuthorizationMethod { HEADER, BODY }

        [PieceAuth("@activepieces/piece-slack", AuthType.CloudOAuth2)]
        public partial record SlackConnection(string ClientId, string Code, string Scope, AuthorizationMethod? AuthorizationMethod);
        """,
        "Acme.Integrations.SlackConnection.g.cs",
        "Acme.Integrations.SlackConnection",
        """new global::Acme.Integrations.SlackConnection("slack-client", "slack-code-SECRET-7", "chat:write", global::Acme.Integrations.AuthorizationMethod.BODY)""",
        """{"type":"CLOUD_OAUTH2","client_id":"slack-client","code":"slack-code-SECRET-7","scope":"chat:write","authorization_method":"BODY"}""",
        "SlackConnection { ClientId = slack-client, Code = ***, Scope = chat:write, AuthorizationMethod = BODY }",
        ["slack-code-SECRET-7"]);

    /// <summary>PLATFORM_OAUTH2 on a <c>record struct</c>, with snake_case keys given by <c>[PieceProp]</c>.</summary>
    public static readonly Scenario PlatformOAuth2 = new(
        nameof(PlatformOAuth2),
        """
        using Activepieces;

        namespace Acme.Integrations;

        [PieceAuth("@activepieces/piece-hubspot", AuthType.PlatformOAuth2)]
        public partial record struct HubspotAuth(
            [PieceProp("client_id")] string App,
            string Code,
            string RedirectUrl,
            string Scope,
            [property: Secret] string PortalId);
        """,
        "Acme.Integrations.HubspotAuth.g.cs",
        "Acme.Integrations.HubspotAuth",
        """new global::Acme.Integrations.HubspotAuth("hub-app", "hub-code-SECRET-8", "https://app.acme.test/cb", "crm.objects", "portal-SECRET-9")""",
        """{"type":"PLATFORM_OAUTH2","client_id":"hub-app","code":"hub-code-SECRET-8","redirect_url":"https://app.acme.test/cb","scope":"crm.objects","props":{"portalId":"portal-SECRET-9"}}""",
        "HubspotAuth { App = hub-app, Code = ***, RedirectUrl = https://app.acme.test/cb, Scope = crm.objects, PortalId = *** }",
        ["hub-code-SECRET-8", "portal-SECRET-9"]);

    /// <summary>NO_AUTH: a record without members.</summary>
    public static readonly Scenario NoAuth = new(
        nameof(NoAuth),
        """
        using Activepieces;

        namespace Acme.Integrations;

        [PieceAuth("@activepieces/piece-http", AuthType.NoAuth)]
        public sealed partial record HttpConnection;
        """,
        "Acme.Integrations.HttpConnection.g.cs",
        "Acme.Integrations.HttpConnection",
        "new global::Acme.Integrations.HttpConnection()",
        """{"type":"NO_AUTH"}""",
        "HttpConnection { }",
        []);

    /// <summary>Project scope on a plain class (a <c>ToString()</c> override; no <c>Ensure…</c>: no value equality), with a client name and prefix.</summary>
    public static readonly Scenario ProjectScope = new(
        nameof(ProjectScope),
        """
        using Activepieces;

        namespace Acme.Integrations;

        [PieceAuth("@acme/piece-crm", AuthType.SecretText, Scope = ConnectionScope.Project, ClientName = "AcmeCrm", ExternalIdPrefix = "crm-")]
        public partial class CrmToken
        {
            public string Token { get; init; } = "";
        }
        """,
        "Acme.Integrations.CrmToken.g.cs",
        "Acme.Integrations.CrmToken",
        """new global::Acme.Integrations.CrmToken { Token = "crm-SECRET-10" }""",
        """{"type":"SECRET_TEXT","secret_text":"crm-SECRET-10"}""",
        "CrmToken { Token = *** }",
        ["crm-SECRET-10"]);

    /// <summary>A record nested in two partial classes, in a file-scoped namespace.</summary>
    public static readonly Scenario Nested = new(
        nameof(Nested),
        """
        using Activepieces;

        namespace Acme.Tenants.Provisioning;

        public static partial class Integrations
        {
            public partial class Mail
            {
                [PieceAuth("@activepieces/piece-smtp", AuthType.CustomAuth)]
                public partial record SmtpConnection(string Host, int Port, string Email, [property: Secret] string Password, bool Tls);
            }
        }
        """,
        "Acme.Tenants.Provisioning.Integrations.Mail.SmtpConnection.g.cs",
        "Acme.Tenants.Provisioning.Integrations+Mail+SmtpConnection",
        """new global::Acme.Tenants.Provisioning.Integrations.Mail.SmtpConnection("smtp.acme.test", 587, "ops@acme.test", "smtp-SECRET-11", true)""",
        """{"type":"CUSTOM_AUTH","props":{"host":"smtp.acme.test","port":587,"email":"ops@acme.test","password":"smtp-SECRET-11","tls":true}}""",
        "SmtpConnection { Host = smtp.acme.test, Port = 587, Email = ops@acme.test, Password = ***, Tls = True }",
        ["smtp-SECRET-11"]);

    /// <summary>An internal struct in the global namespace with hand-written <c>IEquatable&lt;T&gt;</c>.</summary>
    public static readonly Scenario GlobalNamespace = new(
        nameof(GlobalNamespace),
        """
        using System;
        using Activepieces;

        [PieceAuth("@activepieces/piece-discord", AuthType.SecretText)]
        internal readonly partial struct DiscordBotToken : IEquatable<DiscordBotToken>
        {
            public DiscordBotToken(string token) => Token = token;

            public string Token { get; }

            public bool Equals(DiscordBotToken other) => string.Equals(Token, other.Token, StringComparison.Ordinal);

            public override bool Equals(object? obj) => obj is DiscordBotToken other && Equals(other);

            public override int GetHashCode() => Token is null ? 0 : StringComparer.Ordinal.GetHashCode(Token);
        }
        """,
        "DiscordBotToken.g.cs",
        "DiscordBotToken",
        """new global::DiscordBotToken("discord-SECRET-12")""",
        """{"type":"SECRET_TEXT","secret_text":"discord-SECRET-12"}""",
        "DiscordBotToken { Token = *** }",
        ["discord-SECRET-12"]);

    /// <summary>OIDC: the piece's props under <c>props</c>, like CUSTOM_AUTH, with a secret and an optional member.</summary>
    public static readonly Scenario Oidc = new(
        nameof(Oidc),
        """
        using Activepieces;

        namespace Acme.Integrations;

        [PieceAuth("@acme/piece-okta-directory", AuthType.Oidc, ExternalIdPrefix = "okta_")]
        public sealed partial record OktaOidcConnection(string Issuer, string ClientId, [property: Secret] string ClientSecret, int? MaxAgeSeconds);
        """,
        "Acme.Integrations.OktaOidcConnection.g.cs",
        "Acme.Integrations.OktaOidcConnection",
        """new global::Acme.Integrations.OktaOidcConnection("https://id.acme.test", "okta-app", "oidc-SECRET-13", 300)""",
        """{"type":"OIDC","props":{"issuer":"https://id.acme.test","clientId":"okta-app","clientSecret":"oidc-SECRET-13","maxAgeSeconds":300}}""",
        "OktaOidcConnection { Issuer = https://id.acme.test, ClientId = okta-app, ClientSecret = ***, MaxAgeSeconds = 300 }",
        ["oidc-SECRET-13"]);

    /// <summary>
    /// Baserow's CUSTOM_AUTH has a prop <c>authType</c>: members named <c>AuthType</c> and <c>ConnectionScope</c> hide the
    /// enums inside the type, so the attribute qualifies them, and the generated code never names them unqualified.
    /// </summary>
    public static readonly Scenario HiddenContractNames = new(
        nameof(HiddenContractNames),
        """
        using Activepieces;

        namespace Acme.Integrations;

        [PieceAuth("@activepieces/piece-baserow", global::Activepieces.AuthType.CustomAuth, Scope = global::Activepieces.ConnectionScope.Project)]
        public partial record BaserowConnection(string ApiUrl, string AuthType, [property: Secret] string Token, string? ConnectionScope);
        """,
        "Acme.Integrations.BaserowConnection.g.cs",
        "Acme.Integrations.BaserowConnection",
        """new global::Acme.Integrations.BaserowConnection("https://api.baserow.io", "DATABASE_TOKEN", "baserow-SECRET-14", null)""",
        """{"type":"CUSTOM_AUTH","props":{"apiUrl":"https://api.baserow.io","authType":"DATABASE_TOKEN","token":"baserow-SECRET-14"}}""",
        "BaserowConnection { ApiUrl = https://api.baserow.io, AuthType = DATABASE_TOKEN, Token = ***, ConnectionScope =  }",
        ["baserow-SECRET-14"]);

    /// <summary>Every scenario.</summary>
    public static readonly IReadOnlyList<Scenario> All =
    [
        SecretText, BasicAuth, CustomAuth, CustomAuthMemberTypes, OAuth2, CloudOAuth2, PlatformOAuth2, NoAuth, ProjectScope, Nested, GlobalNamespace, Oidc, HiddenContractNames,
    ];

    /// <summary>xUnit data: every scenario by name.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var scenario in All)
            {
                data.Add(scenario.Name);
            }

            return data;
        }
    }

    /// <summary>The scenario named <paramref name="name"/>.</summary>
    public static Scenario Get(string name) => All.Single(scenario => scenario.Name == name);
}
