using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Emitting;

/// <summary>
/// A [PieceAuth] type with a problem gets a stand-in: the client extension methods with their signatures, so call sites
/// compile and the build shows the analyzers' APC error alone, never a CS1061 per call.
/// </summary>
public sealed class StandInTests
{
    private const string CallSites = """
        namespace Acme;

        public static class Provisioning
        {
            public static async System.Threading.Tasks.Task RunAsync(Activepieces.ActivepiecesClient client, T connection)
            {
                await client.CreateTConnectionAsync("org_1", connection);
                await client.EnsureTConnectionAsync("org_1", connection);
                await client.GetTConnectionAsync("org_1");
                await client.DeleteTConnectionAsync("org_1");
                await client.SyncTConnectionsAsync(new[] { ("org_1", connection) });
                await client.AuditTConnectionsAsync();
                await client.DiagnoseTConnectionAsync("org_1");
            }
        }
        """;

    [Theory]
    [InlineData("public record T(string Token);")]
    [InlineData("public partial record T(System.Uri Endpoint);")]
    [InlineData("public partial record T(string Token, string Extra);")]
    [InlineData("public partial record T(string Token) { public static string ExternalIdFor(string id) => id; }")]
    [InlineData("public abstract partial record T(string Token);")]
    public void Call_sites_of_a_type_with_a_problem_compile(string declaration)
    {
        var run = GeneratorHarness.Run(
            "using Activepieces;\nnamespace Acme;\n[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)]\n" + declaration,
            CallSites);

        Assert.Single(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Without_the_stand_in_the_call_sites_fail_with_CS1061()
    {
        // The control for the test above: a type the generator skips (generic) leaves the call sites unresolved.
        var run = GeneratorHarness.Run(
            "using Activepieces;\nnamespace Acme;\n[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)]\npublic partial record T<TValue>(string Token);\npublic partial record T(string Token);",
            CallSites);

        Assert.Empty(run.Sources);
        Assert.Contains(run.CompilationProblems, d => d.Id == "CS1061");
    }

    [Fact]
    public void A_partial_type_with_member_problems_keeps_its_naming_members_but_is_not_a_connection_value()
    {
        var run = GeneratorHarness.Run(
            "using Activepieces;\nnamespace Acme;\n[PieceAuth(\"@acme/piece-a\", AuthType.SecretText, ExternalIdPrefix = \"a_\")]\npublic partial record T(string Token, string Extra);",
            "namespace Acme;\npublic static class Naming { public static string Id(string org) => T.ExternalIdFor(org) + T.PieceName + T.ConnectionDescriptor.DisplayName; }");

        var source = Assert.Single(run.Sources).Value;
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("public const string ExternalIdPrefix = \"a_\";", source, StringComparison.Ordinal);
        Assert.DoesNotContain("IConnectionValue", source, StringComparison.Ordinal);
        Assert.DoesNotContain("PrintMembers", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_that_is_not_partial_gets_only_the_extension_methods()
    {
        var run = GeneratorHarness.Run(
            "using Activepieces;\nnamespace Acme;\n[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)]\npublic record T(string Token);");

        var source = Assert.Single(run.Sources).Value;
        Assert.DoesNotContain("partial record", source, StringComparison.Ordinal);
        Assert.Contains("public static partial class TClientExtensions", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_stand_in_method_throws_and_sends_nothing()
    {
        var run = GeneratorHarness.Run(
            "using Activepieces;\nnamespace Acme;\n[PieceAuth(\"@acme/piece-a\", AuthType.SecretText)]\npublic partial record T(string Token, string Extra);");
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var client = new RecordingClient();
        var connection = Activator.CreateInstance(assembly.Assembly.GetType("Acme.T", throwOnError: true)!, "secret-value", "extra");
        var create = assembly.Assembly.GetType("Acme.TClientExtensions", throwOnError: true)!.GetMethod("CreateTConnectionAsync")!;

        var thrown = Assert.Throws<System.Reflection.TargetInvocationException>(
            () => create.Invoke(null, [client, "org_1", connection, CancellationToken.None]));

        var exception = Assert.IsType<InvalidOperationException>(thrown.InnerException);
        Assert.Equal("'Acme.T' cannot be provisioned: its [PieceAuth] declaration has errors (see the APC diagnostics of the build).", exception.Message);
        Assert.Empty(client.Calls);
    }
}
