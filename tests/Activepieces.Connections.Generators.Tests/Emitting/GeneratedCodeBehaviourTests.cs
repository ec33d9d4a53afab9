using System.Reflection;
using System.Text;
using System.Text.Json;
using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Emitting;

/// <summary>
/// Compiles every scenario with the generator, loads the assembly into a collectible context and exercises the
/// generated members: the value JSON, redaction, the descriptor and the client extension methods.
/// </summary>
public sealed class GeneratedCodeBehaviourTests : IDisposable
{
    private static readonly Lazy<byte[]> Image = new(BuildImage);
    private readonly GeneratedAssembly _assembly = GeneratedAssembly.Load(Image.Value);

    public void Dispose() => _assembly.Dispose();

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void WriteValue_writes_the_exact_value_shape_of_the_auth_type(string scenarioName)
    {
        var scenario = Scenarios.Get(scenarioName);
        var value = (IConnectionValue)Create(scenario);

        Assert.Equal(scenario.ExpectedValueJson, WriteValue(value));
    }

    [Theory]
    [MemberData(nameof(Scenarios.Names), MemberType = typeof(Scenarios))]
    public void ToString_redacts_every_secret(string scenarioName)
    {
        var scenario = Scenarios.Get(scenarioName);

        var printed = Create(scenario).ToString()!;

        Assert.Equal(scenario.ExpectedToString, printed);
        Assert.All(scenario.Secrets, secret => Assert.DoesNotContain(secret, printed, StringComparison.Ordinal));
    }

    [Fact]
    public void The_descriptor_and_external_id_helpers_follow_the_attribute()
    {
        const string Type = "Gelato.Backend.GelatoConnection";

        var descriptor = (PredefinedConnectionDescriptor)_assembly.GetStatic(Type, "ConnectionDescriptor")!;

        Assert.Equal("@activepieces/piece-gelato", _assembly.GetStatic(Type, "PieceName"));
        Assert.Equal("gelato_", _assembly.GetStatic(Type, "ExternalIdPrefix"));
        Assert.Equal(("@activepieces/piece-gelato", AuthType.CustomAuth, "gelato_", "Gelato Connection", (string?)null, ConnectionScope.Platform),
            (descriptor.PieceName, descriptor.AuthType, descriptor.ExternalIdPrefix, descriptor.DisplayName, descriptor.PieceVersion, descriptor.Scope));
        Assert.Equal("gelato_org_1234", _assembly.InvokeStatic(Type, "ExternalIdFor", "org_1234"));
        object?[] arguments = ["gelato_org_1234", null];
        Assert.True((bool)_assembly.InvokeStatic(Type, "TryGetExternalProjectId", arguments)!);
        Assert.Equal("org_1234", arguments[1]);
        Assert.False((bool)_assembly.InvokeStatic(Type, "TryGetExternalProjectId", "slack_org_1234", null)!);
        var thrown = Assert.Throws<TargetInvocationException>(() => _assembly.InvokeStatic(Type, "ExternalIdFor", " "));
        Assert.Equal("externalProjectId", Assert.IsType<ArgumentException>(thrown.InnerException).ParamName);
    }

    [Fact]
    public void Descriptors_carry_scope_version_display_name_and_prefix_overrides()
    {
        var crm = (PredefinedConnectionDescriptor)_assembly.GetStatic("Acme.Integrations.CrmToken", "ConnectionDescriptor")!;
        var jira = (PredefinedConnectionDescriptor)_assembly.GetStatic("Acme.Integrations.JiraCredentials", "ConnectionDescriptor")!;
        var sheets = (PredefinedConnectionDescriptor)_assembly.GetStatic("Acme.Integrations.GoogleSheetsConnection", "ConnectionDescriptor")!;

        Assert.Equal((ConnectionScope.Project, "crm-", "Crm Connection"), (crm.Scope, crm.ExternalIdPrefix, crm.DisplayName));
        Assert.Equal(("0.4.2", "Jira", "jira-cloud_"), (jira.PieceVersion, jira.DisplayName, jira.ExternalIdPrefix));
        Assert.Equal(("google-sheets_", "Google Sheets Connection"), (sheets.ExternalIdPrefix, sheets.DisplayName));
    }

    [Theory]
    [InlineData("Create")]
    [InlineData("Ensure")]
    [InlineData("Get")]
    [InlineData("Delete")]
    [InlineData("Diagnose")]
    public async Task Extension_methods_delegate_to_PredefinedConnections_with_the_descriptor(string operation)
    {
        var scenario = Scenarios.CustomAuth;
        var connection = Create(scenario);
        var client = new RecordingClient();
        using var cancellation = new CancellationTokenSource();
        var method = ExtensionMethod("Gelato.Backend.GelatoConnectionClientExtensions", operation + "GelatoConnectionAsync");
        object?[] arguments = method.GetParameters().Length == 4
            ? [client, "org_1234", connection, cancellation.Token]
            : [client, "org_1234", cancellation.Token];

        var result = method.Invoke(null, arguments);
        await AwaitResult(result);

        var call = Assert.Single(client.Calls);
        Assert.Equal(operation, call.Operation);
        Assert.Same(_assembly.GetStatic("Gelato.Backend.GelatoConnection", "ConnectionDescriptor"), call.Descriptor);
        Assert.Equal("org_1234", call.ExternalProjectId);
        Assert.Equal(cancellation.Token, call.CancellationToken);
        if (method.GetParameters().Length == 4)
        {
            Assert.Same(connection, call.Value);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sync_passes_the_descriptor_the_same_sequence_the_options_and_the_token(bool asyncSequence)
    {
        var connection = Create(Scenarios.CustomAuth);
        var tupleType = typeof(ValueTuple<,>).MakeGenericType(typeof(string), connection.GetType());
        var items = Array.CreateInstance(tupleType, 1);
        items.SetValue(Activator.CreateInstance(tupleType, "org_1234", connection), 0);
        var sequence = asyncSequence
            ? typeof(GeneratedCodeBehaviourTests).GetMethod(nameof(ToAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(tupleType).Invoke(null, [items])!
            : items;
        var sequenceType = (asyncSequence ? typeof(IAsyncEnumerable<>) : typeof(IEnumerable<>)).MakeGenericType(tupleType);
        var sync = _assembly.Assembly.GetType("Gelato.Backend.GelatoConnectionClientExtensions", throwOnError: true)!
            .GetMethod("SyncGelatoConnectionsAsync", [typeof(ActivepiecesClient), sequenceType, typeof(SyncOptions), typeof(CancellationToken)])!;
        var client = new RecordingClient();
        var options = new SyncOptions { MaxConcurrency = 3 };
        using var cancellation = new CancellationTokenSource();

        await AwaitResult(sync.Invoke(null, [client, sequence, options, cancellation.Token]));

        var call = Assert.Single(client.Calls);
        Assert.Equal("Sync", call.Operation);
        Assert.Same(_assembly.GetStatic("Gelato.Backend.GelatoConnection", "ConnectionDescriptor"), call.Descriptor);
        Assert.Same(sequence, call.Value);
        Assert.Same(options, call.Options);
        Assert.Equal(cancellation.Token, call.CancellationToken);
        Assert.Equal("connections", InvokeExpectingArgumentException(sync, client, null, null, CancellationToken.None).ParamName);
        Assert.Single(client.Calls);
    }

    [Fact]
    public async Task Audit_passes_the_descriptor_and_the_token()
    {
        var audit = ExtensionMethod("Gelato.Backend.GelatoConnectionClientExtensions", "AuditGelatoConnectionsAsync");
        var client = new RecordingClient();
        using var cancellation = new CancellationTokenSource();

        await AwaitResult(audit.Invoke(null, [client, cancellation.Token]));

        var call = Assert.Single(client.Calls);
        Assert.Equal("Audit", call.Operation);
        Assert.Same(_assembly.GetStatic("Gelato.Backend.GelatoConnection", "ConnectionDescriptor"), call.Descriptor);
        Assert.Equal(cancellation.Token, call.CancellationToken);
    }

    [Fact]
    public async Task Audit_and_Diagnose_with_options_pass_the_options_the_descriptor_and_the_token()
    {
        const string Extensions = "Gelato.Backend.GelatoConnectionClientExtensions";
        var audit = ExtensionMethodWithOptions(Extensions, "AuditGelatoConnectionsAsync", typeof(AuditOptions));
        var diagnose = ExtensionMethodWithOptions(Extensions, "DiagnoseGelatoConnectionAsync", typeof(DiagnoseOptions));
        var client = new RecordingClient();
        var auditOptions = new AuditOptions { Revalidate = true, MaxRevalidationConcurrency = 3 };
        var diagnoseOptions = new DiagnoseOptions { Revalidate = true };
        using var cancellation = new CancellationTokenSource();

        await AwaitResult(audit.Invoke(null, [client, auditOptions, cancellation.Token]));
        await AwaitResult(diagnose.Invoke(null, [client, "org_1234", diagnoseOptions, cancellation.Token]));

        var descriptor = _assembly.GetStatic("Gelato.Backend.GelatoConnection", "ConnectionDescriptor");
        Assert.Collection(
            client.Calls,
            call =>
            {
                Assert.Equal("Audit", call.Operation);
                Assert.Same(descriptor, call.Descriptor);
                Assert.Same(auditOptions, call.Options);
                Assert.Equal(cancellation.Token, call.CancellationToken);
            },
            call =>
            {
                Assert.Equal("Diagnose", call.Operation);
                Assert.Same(descriptor, call.Descriptor);
                Assert.Equal("org_1234", call.ExternalProjectId);
                Assert.Same(diagnoseOptions, call.Options);
                Assert.Equal(cancellation.Token, call.CancellationToken);
            });
        Assert.Equal("options", InvokeExpectingArgumentException(audit, client, null, CancellationToken.None).ParamName);
        Assert.Equal("options", InvokeExpectingArgumentException(diagnose, client, "org_1234", null, CancellationToken.None).ParamName);
        Assert.Equal(2, client.Calls.Count);
    }

    [Fact]
    public void Audit_exists_only_for_platform_scope_and_Sync_only_for_types_with_value_equality()
    {
        // The runtime audits global connections only (PROJECT-scope rows go with their project), and SyncAsync, like
        // EnsureAsync, needs IEquatable<T>.
        var crm = _assembly.Assembly.GetType("Acme.Integrations.CrmTokenClientExtensions", throwOnError: true)!;
        var discord = _assembly.Assembly.GetType("DiscordBotTokenClientExtensions", throwOnError: true)!;

        Assert.Null(crm.GetMethod("AuditAcmeCrmConnectionsAsync"));
        Assert.DoesNotContain(crm.GetMethods(), method => method.Name == "SyncAcmeCrmConnectionsAsync");
        Assert.Equal(2, crm.GetMethods().Count(method => method.Name == "DiagnoseAcmeCrmConnectionAsync"));
        Assert.Equal(2, discord.GetMethods().Count(method => method.Name == "SyncDiscordBotTokenConnectionsAsync"));
        Assert.Equal(2, discord.GetMethods().Count(method => method.Name == "AuditDiscordBotTokenConnectionsAsync"));
    }

    [Fact]
    public void Extension_methods_validate_their_arguments()
    {
        var connection = Create(Scenarios.CustomAuth);
        var create = ExtensionMethod("Gelato.Backend.GelatoConnectionClientExtensions", "CreateGelatoConnectionAsync");
        var client = new RecordingClient();

        Assert.Equal("client", InvokeExpectingArgumentException(create, null, "org_1234", connection, CancellationToken.None).ParamName);
        Assert.Equal("externalProjectId", InvokeExpectingArgumentException(create, client, " ", connection, CancellationToken.None).ParamName);
        Assert.Equal("connection", InvokeExpectingArgumentException(create, client, "org_1234", null, CancellationToken.None).ParamName);
        Assert.Empty(client.Calls);
    }

    [Fact]
    public void Ensure_exists_only_for_types_with_value_equality_and_visibility_follows_the_type()
    {
        var crmExtensions = _assembly.Assembly.GetType("Acme.Integrations.CrmTokenClientExtensions", throwOnError: true)!;
        var discordExtensions = _assembly.Assembly.GetType("DiscordBotTokenClientExtensions", throwOnError: true)!;
        var nestedExtensions = _assembly.Assembly.GetType("Acme.Tenants.Provisioning.IntegrationsMailSmtpConnectionClientExtensions", throwOnError: true)!;

        Assert.Null(crmExtensions.GetMethod("EnsureAcmeCrmConnectionAsync"));
        Assert.NotNull(crmExtensions.GetMethod("CreateAcmeCrmConnectionAsync"));
        Assert.NotNull(discordExtensions.GetMethod("EnsureDiscordBotTokenConnectionAsync"));
        Assert.False(discordExtensions.IsPublic);
        Assert.True(nestedExtensions.IsPublic);
        Assert.NotNull(nestedExtensions.GetMethod("EnsureSmtpConnectionAsync"));
    }

    [Fact]
    public void An_enum_value_outside_the_enum_fails_without_printing_the_value()
    {
        const string Source = """
            using Activepieces;

            namespace Acme.Enums;

            public enum Region { Eu, Us }

            [PieceAuth("@acme/piece-geo", AuthType.CustomAuth)]
            public partial record GeoConnection(Region Region);

            public static class Probe
            {
                public static object Create() => new GeoConnection((Region)42);
            }
            """;
        using var assembly = GeneratedAssembly.Load(GeneratorHarness.Run(Source).OutputCompilation);
        var value = (IConnectionValue)assembly.InvokeStatic("Acme.Enums.Probe", "Create")!;

        var thrown = Assert.Throws<InvalidOperationException>(() => WriteValue(value));
        Assert.Equal("Region is not a defined member of Acme.Enums.Region.", thrown.Message);
    }

    private object Create(Scenario scenario) => _assembly.InvokeStatic("GeneratorTestProbes.Probes", scenario.Name)!;

    /// <summary>The extension method without an options parameter (Audit and Diagnose also have one with).</summary>
    private MethodInfo ExtensionMethod(string typeName, string methodName) =>
        _assembly.Assembly.GetType(typeName, throwOnError: true)!.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(method => method.Name == methodName && !method.GetParameters().Any(p => p.ParameterType == typeof(AuditOptions) || p.ParameterType == typeof(DiagnoseOptions)));

    private MethodInfo ExtensionMethodWithOptions(string typeName, string methodName, Type optionsType) =>
        _assembly.Assembly.GetType(typeName, throwOnError: true)!.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(method => method.Name == methodName && method.GetParameters().Any(p => p.ParameterType == optionsType));

    private static ArgumentException InvokeExpectingArgumentException(MethodInfo method, params object?[] arguments)
    {
        var thrown = Assert.Throws<TargetInvocationException>(() => method.Invoke(null, arguments));
        return Assert.IsAssignableFrom<ArgumentException>(thrown.InnerException);
    }

#pragma warning disable CS1998 // An in-memory sequence, asynchronous only in type.
    private static async IAsyncEnumerable<T> ToAsync<T>(T[] items)
#pragma warning restore CS1998
    {
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static async Task AwaitResult(object? result)
    {
        switch (result)
        {
            case Task task:
                await task;
                break;
            case ValueTask<AppConnection> valueTask:
                await valueTask;
                break;
            default:
                Assert.Fail("Unexpected return value " + result);
                break;
        }
    }

    private static string WriteValue(IConnectionValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            value.WriteValue(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static byte[] BuildImage()
    {
        var probes = new StringBuilder("namespace GeneratorTestProbes;\n\npublic static class Probes\n{\n");
        foreach (var scenario in Scenarios.All)
        {
            probes.Append("    public static object ").Append(scenario.Name).Append("() => ").Append(scenario.CreateExpression).Append(";\n");
        }

        probes.Append("}\n");
        string[] sources = [.. Scenarios.All.Select(scenario => scenario.Source), probes.ToString()];
        var run = GeneratorHarness.Run(sources);
        Assert.Empty(run.CompilationProblems);
        return GeneratedAssembly.Emit(run.OutputCompilation);
    }
}
