using Activepieces.Connections.PackageTests.Infrastructure;

namespace Activepieces.Connections.PackageTests.Package;

/// <summary>
/// A fresh project that references the package by version (no project references, no AdditionalFiles item) gets the
/// generator, the analyzers and the piece metadata through the package alone.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageConsumerTests(PackedConsumerFixture package)
{
    /// <summary>The compiler could not load or run an analyzer or generator of the package.</summary>
    private static readonly string[] AnalyzerLoadFailures = ["CS8032", "AD0001", "CS8784", "CS8785"];

    [Fact]
    public void Clean_consumer_builds_without_warnings_and_calls_the_generated_CreateMySqlConnectionAsync()
    {
        var build = package.CleanConsumerBuild;

        // Program.cs calls client.CreateMySqlConnectionAsync: it only compiles when the generator ran.
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.True(build.DiagnosticIds("warning").Count == 0, build.Describe());
        Assert.DoesNotMatch(@"\b[1-9][0-9]* Warning\(s\)", build.Output);
    }

    [Fact]
    public void Analyzer_assemblies_load_in_both_builds()
    {
        foreach (var build in new[] { package.CleanConsumerBuild, package.WrongConsumerBuild })
        {
            foreach (var id in AnalyzerLoadFailures)
            {
                Assert.False(build.Output.Contains(id, StringComparison.Ordinal), $"{id} in {build.Describe()}");
            }
        }
    }

    [Theory]
    [InlineData("APC001", "NotPartialMySqlConnection")]
    [InlineData("APC011", "NoHostMySqlConnection")]
    [InlineData("APC013", "Port")]
    public void Wrong_records_fail_the_build_with_the_analyzer_errors(string id, string subject)
    {
        var build = package.WrongConsumerBuild;

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(id, build.DiagnosticIds("error"));
        Assert.Contains(build.LinesWith(id), line => line.Contains("WrongRecords.cs", StringComparison.Ordinal) && line.Contains(subject, StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_records_fail_with_APC_errors_alone_and_their_call_sites_compile()
    {
        var build = package.WrongConsumerBuild;

        Assert.NotEqual(0, build.ExitCode);
        Assert.All(build.DiagnosticIds("error"), id => Assert.StartsWith("APC", id, StringComparison.Ordinal));
        Assert.DoesNotContain("CS1061", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_metadata_file_in_a_project_with_metadata_is_a_warning_on_the_command_line()
    {
        var build = package.WrongConsumerBuild;

        Assert.Contains("APC022", build.DiagnosticIds("warning"));
        Assert.Contains(build.LinesWith("APC022"), line => line.Contains("WrongRecords.cs", StringComparison.Ordinal) && line.Contains("ShopifyConnection", StringComparison.Ordinal));
    }

    [Fact]
    public void Piece_metadata_files_are_passed_to_the_analyzers_without_an_AdditionalFiles_item()
    {
        // APC011 and APC013 are only known from metadata/mysql.piece.json, which the consumer project never lists:
        // the package's buildTransitive props add **/*.piece.json.
        var consumerProject = File.ReadAllText(Path.Combine(RepositoryPaths.TestAssets, "Consumer", "Consumer.csproj"));
        Assert.DoesNotContain("<AdditionalFiles", consumerProject, StringComparison.Ordinal);

        var errors = package.WrongConsumerBuild.DiagnosticIds("error");
        Assert.Contains("APC011", errors);
        Assert.Contains("APC013", errors);
    }

    [Fact]
    public void ActivepiecesIncludePieceMetadata_false_leaves_the_piece_metadata_out()
    {
        var build = package.WrongConsumerWithoutMetadataBuild;
        var errors = build.DiagnosticIds("error");

        // The shape rule still runs; the metadata rules have nothing to check against.
        Assert.True(errors.Contains("APC001"), build.Describe());
        Assert.DoesNotContain("APC011", errors);
        Assert.DoesNotContain("APC013", errors);
    }

    [Fact]
    public void A_compiler_older_than_Roslyn_4_8_fails_the_build_with_APC900_instead_of_missing_methods()
    {
        var build = package.OldCompilerBuild;

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(["APC900"], build.DiagnosticIds("error"));
        Assert.Contains(build.LinesWith("APC900"), line => line.Contains("4.8 or later", StringComparison.Ordinal) && line.Contains("uses 4.7", StringComparison.Ordinal));
    }
}
