using System.Reflection;
using System.Runtime.Versioning;
using Activepieces.Connections.CodeFixes;

namespace Activepieces.Connections.Analyzers.Tests.Packaging;

/// <summary>
/// The analyzer and code-fix assemblies must load in any compiler from Roslyn 4.8 on (the package's
/// <c>analyzers/dotnet/roslyn4.8/cs/</c> folder): netstandard2.0, Roslyn 4.8 references, and no Workspaces dependency in
/// the assembly the command-line compiler loads.
/// </summary>
public sealed class LoadabilityTests
{
    public static TheoryData<string> Assemblies { get; } = new(
        typeof(PieceMetadataAnalyzer).Assembly.GetName().Name!,
        typeof(AddSecretAttributeCodeFixProvider).Assembly.GetName().Name!);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Targets_netstandard2_0(string name) =>
        Assert.Equal(".NETStandard,Version=v2.0", Load(name).GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void References_Roslyn_4_8_at_most(string name)
    {
        var roslyn = Load(name).GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, reference => Assert.True(reference.Version <= new Version(4, 8, 0, 0), reference.FullName));
    }

    [Fact]
    public void The_analyzers_do_not_reference_Workspaces() =>
        Assert.DoesNotContain(
            typeof(PieceMetadataAnalyzer).Assembly.GetReferencedAssemblies(),
            reference => reference.Name!.Contains("Workspaces", StringComparison.Ordinal));

    private static Assembly Load(string name) =>
        name == typeof(PieceMetadataAnalyzer).Assembly.GetName().Name ? typeof(PieceMetadataAnalyzer).Assembly : typeof(AddSecretAttributeCodeFixProvider).Assembly;
}
