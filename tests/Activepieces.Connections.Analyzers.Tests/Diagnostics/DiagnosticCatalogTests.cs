using Activepieces.Connections.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Analyzers.Tests.Diagnostics;

/// <summary>Every diagnostic has a stable ID, the Activepieces category, a help page with a wrong and a fixed example, and a release-tracking entry.</summary>
public sealed class DiagnosticCatalogTests
{

    /// <summary>The MSBuild property RepositoryUrl, from the one place it is set; the help links are built from it.</summary>
    private static readonly string RepositoryUrl = System.Xml.Linq.XDocument
        .Load(Path.Combine(Activepieces.TestSupport.RepositoryRoot.Path, "src", "Directory.Build.props"))
        .Descendants("RepositoryUrl")
        .Single()
        .Value
        .TrimEnd('/');

    public static TheoryData<string> Ids { get; } = new(Enumerable.Range(1, 22).Select(i => $"APC{i:000}").Append("APC024"));

    [Fact]
    public void The_analyzers_support_exactly_APC001_to_APC022_and_APC024() =>
        Assert.Equal(Ids.Select(row => row.Data), Verify.AllDescriptors.Select(d => d.Id).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_category_and_help_link(string id)
    {
        var descriptor = Verify.Descriptor(id);

        Assert.Equal("Activepieces", descriptor.Category);
        Assert.Equal($"{RepositoryUrl}/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_page_has_a_wrong_and_a_fixed_example(string id)
    {
        var page = File.ReadAllText(Path.Combine(Activepieces.TestSupport.RepositoryRoot.Path, "docs", "diagnostics", id + ".md"));

        Assert.StartsWith("# " + id + ": ", page, StringComparison.Ordinal);
        Assert.Contains("## Wrong", page, StringComparison.Ordinal);
        Assert.Contains("## Fixed", page, StringComparison.Ordinal);
        Assert.Contains($"({id}.md)", File.ReadAllText(Path.Combine(Activepieces.TestSupport.RepositoryRoot.Path, "docs", "diagnostics", "README.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_rule_with_its_severity(string id)
    {
        var descriptor = Verify.Descriptor(id);
        var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
        var releases = File.ReadAllLines(Path.Combine(Activepieces.TestSupport.RepositoryRoot.Path, "src", "Activepieces.Connections.Generators", "AnalyzerReleases.Shipped.md"));

        Assert.Contains(releases, line => line.StartsWith($"{id} | Activepieces | {severity} |", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_is_on_by_default() =>
        Assert.Empty(Verify.AllDescriptors.Where(d => !d.IsEnabledByDefault).Select(d => d.Id));

    [Fact]
    public void APC004_is_a_compilation_end_diagnostic() =>
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, Verify.Descriptor("APC004").CustomTags);
}
