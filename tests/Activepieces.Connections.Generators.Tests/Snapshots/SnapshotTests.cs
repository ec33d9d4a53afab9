using System.Runtime.CompilerServices;
using Activepieces.Connections.Generators.Tests.Infrastructure;

namespace Activepieces.Connections.Generators.Tests.Snapshots;

/// <summary>
/// The generated file of each scenario against its verified snapshot beside this file
/// (<c>SnapshotTests.{Scenario}#{HintName}.verified.cs</c>). Accept new output with <c>VERIFY_ACCEPT=true</c>.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void SecretText() => Verify(Scenarios.SecretText);

    [Fact]
    public void BasicAuth() => Verify(Scenarios.BasicAuth);

    [Fact]
    public void CustomAuth() => Verify(Scenarios.CustomAuth);

    [Fact]
    public void CustomAuthMemberTypes() => Verify(Scenarios.CustomAuthMemberTypes);

    [Fact]
    public void OAuth2() => Verify(Scenarios.OAuth2);

    [Fact]
    public void CloudOAuth2() => Verify(Scenarios.CloudOAuth2);

    [Fact]
    public void PlatformOAuth2() => Verify(Scenarios.PlatformOAuth2);

    [Fact]
    public void NoAuth() => Verify(Scenarios.NoAuth);

    [Fact]
    public void Oidc() => Verify(Scenarios.Oidc);

    [Fact]
    public void ProjectScope() => Verify(Scenarios.ProjectScope);

    [Fact]
    public void Nested() => Verify(Scenarios.Nested);

    [Fact]
    public void GlobalNamespace() => Verify(Scenarios.GlobalNamespace);

    private static void Verify(Scenario scenario, [CallerMemberName] string testMethod = "")
    {
        var run = GeneratorHarness.Run(scenario.Source);

        Assert.Empty(run.GeneratorDiagnostics);
        var generated = Assert.Single(run.Sources);
        Assert.Equal(scenario.HintName, generated.Key);
        SnapshotAssert.Matches(generated.Key, generated.Value, nameof(SnapshotTests), testMethod);
    }
}
