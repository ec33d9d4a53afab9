using System.Text.RegularExpressions;
using Activepieces.PieceSide.Tests.Infrastructure;
using Activepieces.TestSupport;

namespace Activepieces.PieceSide.Tests.Emitting;

/// <summary>
/// One <c>tsc --noEmit</c> run over the modules emit-ts writes for a record of every auth type, a piece step using each
/// of them, and the sample piece, against the real <c>@activepieces/pieces-framework</c> typings (the sample's
/// 0.32.0). Two steps that declare a piece auth of another type than their record's must fail to compile, and nothing
/// else may.
/// </summary>
public sealed partial class TypeCheckTests
{
    /// <summary>One record per auth type the generator supports, as a backend declares them.</summary>
    private const string Records = """
        using Activepieces;

        namespace Acme.Connections;

        [PieceAuth("@acme/piece-keys", AuthType.SecretText)]
        public partial record KeysConnection([property: Secret] string Key);

        [PieceAuth("@acme/piece-basic", AuthType.BasicAuth, ExternalIdPrefix = "basic-")]
        public partial record BasicConnection(string Username, [property: Secret] string Password);

        [PieceAuth("@acme/piece-store", AuthType.CustomAuth)]
        public partial record StoreConnection([property: Secret] string ApiKey, string StoreId);

        [PieceAuth("@acme/piece-own-app", AuthType.OAuth2)]
        public partial record OwnAppConnection(string ClientId, [property: Secret] string ClientSecret, [property: Secret] string Code, string RedirectUrl, string Scope);

        [PieceAuth("@acme/piece-cloud-app", AuthType.CloudOAuth2)]
        public partial record CloudAppConnection(string ClientId, [property: Secret] string Code, string Scope);

        [PieceAuth("@acme/piece-platform-app", AuthType.PlatformOAuth2, ClientName = "PlatformApp")]
        public partial record PlatformAppCredentials(string ClientId, [property: Secret] string Code, string RedirectUrl, string Scope);

        [PieceAuth("@acme/piece-sso", AuthType.Oidc)]
        public partial record SsoConnection(string Issuer);

        [PieceAuth("@acme/piece-open", AuthType.NoAuth)]
        public partial record OpenConnection;
        """;

    /// <summary>Each module used from a step that declares the piece's own auth, reading fields of the typed value.</summary>
    private const string Steps = """
        import { createAction, PieceAuth, Property } from '@activepieces/pieces-framework';
        import { fetchKeysConnection, KEYS_EXTERNAL_ID_PREFIX } from './generated/keys-connection';
        import { fetchBasicConnection, basicConnectionExternalId } from './generated/basic-connection';
        import { fetchStoreConnection, StoreConnectionError } from './generated/store-connection';
        import { fetchOwnAppConnection } from './generated/own-app-connection';
        import { fetchCloudAppConnection, CLOUD_APP_AUTH_TYPE } from './generated/cloud-app-connection';
        import { fetchPlatformAppConnection } from './generated/platform-app-credentials';
        import { fetchSsoConnection } from './generated/sso-connection';
        import { fetchOpenConnection } from './generated/open-connection';

        const keysAuth = PieceAuth.SecretText({ displayName: 'Key', required: true });
        const basicAuth = PieceAuth.BasicAuth({ displayName: 'Login', required: true, username: { displayName: 'User' }, password: { displayName: 'Password' } });
        const storeAuth = PieceAuth.CustomAuth({ required: true, props: { apiKey: PieceAuth.SecretText({ displayName: 'API Key', required: true }), storeId: Property.ShortText({ displayName: 'Store', required: true }) } });
        const appAuth = PieceAuth.OAuth2({ required: true, authUrl: 'https://example.com/auth', tokenUrl: 'https://example.com/token', scope: ['read'] });
        const ssoAuth = PieceAuth.OIDC({ required: true, props: { issuer: Property.ShortText({ displayName: 'Issuer', required: true }) } });

        const step = { displayName: 'Step', description: 'Reads the connection', props: {}, requireAuth: false } as const;

        export const keys = createAction({ ...step, auth: keysAuth, name: 'keys', async run(context) {
          const value = await fetchKeysConnection(context);
          const secret: string = value.secret_text;
          return KEYS_EXTERNAL_ID_PREFIX + secret.length;
        } });
        export const basic = createAction({ ...step, auth: basicAuth, name: 'basic', async run(context) {
          const value = await fetchBasicConnection(context);
          const user: string = value.username;
          const password: string = value.password;
          return basicConnectionExternalId(user) + password.length;
        } });
        export const store = createAction({ ...step, auth: storeAuth, name: 'store', async run(context) {
          try {
            const value = await fetchStoreConnection(context);
            const storeId: string = value.props.storeId;
            const apiKey: string = value.props.apiKey;
            return storeId + apiKey.length;
          } catch (error) {
            if (error instanceof StoreConnectionError && error.reason === 'NOT_FOUND') return error.externalId;
            throw error;
          }
        } });
        export const ownApp = createAction({ ...step, auth: appAuth, name: 'own_app', async run(context) {
          const value = await fetchOwnAppConnection(context);
          const token: string = value.access_token;
          return token;
        } });
        export const cloudApp = createAction({ ...step, auth: appAuth, name: 'cloud_app', async run(context) {
          const value = await fetchCloudAppConnection(context);
          const type: 'CLOUD_OAUTH2' = CLOUD_APP_AUTH_TYPE;
          return value.access_token + type;
        } });
        export const platformApp = createAction({ ...step, auth: appAuth, name: 'platform_app', async run(context) {
          const value = await fetchPlatformAppConnection(context);
          return value.access_token;
        } });
        export const sso = createAction({ ...step, auth: ssoAuth, name: 'sso', async run(context) {
          const value = await fetchSsoConnection(context);
          const issuer: string = value.props.issuer;
          return issuer;
        } });
        export const open = createAction({ ...step, name: 'open', async run(context) {
          const value = await fetchOpenConnection(context);
          const type: 'NO_AUTH' = value.type;
          return type;
        } });
        """;

    /// <summary>Steps whose piece auth is not their record's auth type: each call must be a compile error.</summary>
    private const string WrongSteps = """
        import { createAction, PieceAuth, Property } from '@activepieces/pieces-framework';
        import { fetchStoreConnection } from './generated/store-connection';
        import { fetchOwnAppConnection } from './generated/own-app-connection';

        const keysAuth = PieceAuth.SecretText({ displayName: 'Key', required: true });
        const storeAuth = PieceAuth.CustomAuth({ required: true, props: { storeId: Property.ShortText({ displayName: 'Store', required: true }) } });
        const step = { displayName: 'Step', description: 'Reads the connection', props: {}, requireAuth: false } as const;

        export const storeWithKeys = createAction({ ...step, auth: keysAuth, name: 'a', async run(context) {
          return fetchStoreConnection(context);
        } });
        export const appWithStore = createAction({ ...step, auth: storeAuth, name: 'b', async run(context) {
          return fetchOwnAppConnection(context);
        } });
        """;

    [Fact]
    public async Task Generated_modules_of_every_auth_type_and_the_sample_piece_type_check_against_the_real_framework()
    {
        var root = Directory.CreateTempSubdirectory("piece-side-tsc-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "records"));
            await File.WriteAllTextAsync(Path.Combine(root, "records", "Connections.cs"), Records, TestContext.Current.CancellationToken);
            var emit = await CliRunner.RunAsync(root, ["pieces", "emit-ts", "records", "--output", "src/generated"]);
            Assert.True(emit.ExitCode == 0, emit.Error);
            Assert.Equal(8, Directory.GetFiles(Path.Combine(root, "src", "generated"), "*.ts").Length);
            await File.WriteAllTextAsync(Path.Combine(root, "src", "steps.ts"), Steps, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(root, "src", "wrong-steps.ts"), WrongSteps, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(root, "tsconfig.json"), TsConfig(root), TestContext.Current.CancellationToken);

            var (_, output) = await ChildProcess.RunAsync("node", [PieceSidePaths.TypeScriptCompiler, "-p", "tsconfig.json", "--pretty", "false"], root, null, TestContext.Current.CancellationToken);

            var errors = ErrorLine().Matches(output).Select(match => $"{Path.GetFileName(match.Groups["file"].Value)}:{match.Groups["line"].Value} {match.Groups["code"].Value}").ToList();
            Assert.True(errors.SequenceEqual(["wrong-steps.ts:10 TS2345", "wrong-steps.ts:13 TS2345"]), output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The project: the steps, the modules and the sample piece's sources, the framework resolved from the sample's install.</summary>
    private static string TsConfig(string root)
    {
        static string Json(string path) => path.Replace('\\', '/');
        return $$"""
            {
              "compilerOptions": {
                "target": "ES2022", "module": "commonjs", "lib": ["ES2022", "DOM"], "types": [],
                "strict": true, "noEmit": true, "skipLibCheck": true, "esModuleInterop": true,
                "baseUrl": ".",
                "paths": { "@activepieces/pieces-framework": ["{{Json(PieceSidePaths.PiecesFramework)}}"] }
              },
              "include": ["src/**/*.ts", "{{Json(Path.Combine(PieceSidePaths.SamplePiece, "src"))}}/**/*.ts"]
            }
            """;
    }

    [GeneratedRegex(@"^(?<file>[^\r\n(]+)\((?<line>\d+),\d+\): error (?<code>TS\d+)", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
