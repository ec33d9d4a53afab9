using System.Reflection;
using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Emitting;

/// <summary>
/// The generated <c>ExternalIdFor</c> and client extension methods apply the runtime's org-id rule
/// (<see cref="ExternalProjectIdRule"/>): one rule, in the library, that generated code calls.
/// </summary>
public sealed class OrgIdRuleTests : IDisposable
{
    private const string Source = """
        using Activepieces;

        namespace Acme;

        [PieceAuth("@activepieces/piece-gelato", AuthType.CustomAuth, ExternalIdPrefix = "gelato_")]
        public partial record GelatoConnection([property: Secret] string ApiKey, string StoreId);
        """;

    private static readonly Lazy<byte[]> Image = new(() =>
    {
        var run = GeneratorHarness.Run(Source);
        Assert.Empty(run.CompilationProblems);
        return GeneratedAssembly.Emit(run.OutputCompilation);
    });

    private readonly GeneratedAssembly _assembly = GeneratedAssembly.Load(Image.Value);

    public void Dispose() => _assembly.Dispose();

    [Theory]
    [InlineData("org/1")]
    [InlineData("org 1")]
    [InlineData("org'1")]
    [InlineData("..")]
    [InlineData("")]
    public void ExternalIdFor_rejects_an_org_id_outside_the_rule_naming_the_parameter(string orgId)
    {
        var thrown = Assert.Throws<TargetInvocationException>(() => _assembly.InvokeStatic("Acme.GelatoConnection", "ExternalIdFor", orgId));
        var error = Assert.IsType<ArgumentException>(thrown.InnerException);
        Assert.Equal("externalProjectId", error.ParamName);
        Assert.StartsWith("The org id (project external id) ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("org_1", "gelato_org_1")]
    [InlineData("acme.com", "gelato_acme.com")]
    public void ExternalIdFor_accepts_the_org_ids_of_the_rule(string orgId, string expected) =>
        Assert.Equal(expected, _assembly.InvokeStatic("Acme.GelatoConnection", "ExternalIdFor", orgId));

    [Fact]
    public void The_extension_methods_reject_a_bad_org_id_before_calling_the_client()
    {
        var extensions = _assembly.Assembly.GetTypes().Single(t => t.GetMethod("CreateGelatoConnectionAsync") is not null);
        var create = extensions.GetMethod("CreateGelatoConnectionAsync")!;
        var value = _assembly.Assembly.GetType("Acme.GelatoConnection", throwOnError: true)!
            .GetConstructor([typeof(string), typeof(string)])!.Invoke(["gk-1", "store-1"]);
        var client = new RecordingClient();

        var thrown = Assert.Throws<TargetInvocationException>(() => create.Invoke(null, [client, "org/1", value, CancellationToken.None]));

        Assert.Equal("externalProjectId", Assert.IsType<ArgumentException>(thrown.InnerException).ParamName);
        Assert.Empty(client.Calls);
    }
}
