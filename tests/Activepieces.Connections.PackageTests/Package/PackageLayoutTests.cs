using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Activepieces.Connections.PackageTests.Infrastructure;

namespace Activepieces.Connections.PackageTests.Package;

/// <summary>What <c>dotnet pack src/Activepieces.Connections</c> puts into the package.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests(PackedConsumerFixture package)
{
    private const string AnalyzerSlot = "analyzers/dotnet/roslyn4.8/cs/";

    /// <summary>The assemblies the generator loads at run time that no compiler provides: System.Text.Json's closure.</summary>
    private static readonly string[] GeneratorDependencies =
    [
        "System.Text.Json.dll", "System.Text.Encodings.Web.dll", "System.Memory.dll", "System.Buffers.dll",
        "System.Runtime.CompilerServices.Unsafe.dll", "System.Numerics.Vectors.dll", "Microsoft.Bcl.AsyncInterfaces.dll",
        "System.Threading.Tasks.Extensions.dll",
    ];

    [Fact]
    public void Package_has_exactly_one_analyzer_slot_roslyn_4_8()
    {
        var slots = Entries().Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal))
            .Select(e => e[..(e.LastIndexOf('/') + 1)])
            .Distinct()
            .ToList();

        Assert.Equal([AnalyzerSlot], slots);
    }

    [Fact]
    public void Analyzer_slot_holds_the_generator_the_code_fixes_and_the_System_Text_Json_closure_and_nothing_from_Roslyn()
    {
        var files = Entries().Where(e => e.StartsWith(AnalyzerSlot, StringComparison.Ordinal)).Select(e => e[AnalyzerSlot.Length..]).ToList();

        string[] expected = ["Activepieces.Connections.Generators.dll", "Activepieces.Connections.CodeFixes.dll", .. GeneratorDependencies];
        Assert.Equal(expected.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_assembly_an_analyzer_assembly_references_ships_beside_it_or_comes_with_the_host_at_Roslyn_4_8_or_older()
    {
        // The command-line compiler provides Roslyn and its own dependencies; the IDE adds Workspaces and MEF
        // (System.Composition, for [ExportCodeFixProvider]) for the code fixes.
        string[] hostProvided =
        [
            "netstandard", "mscorlib", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
            "System.Reflection.Metadata", "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces",
            "System.Composition.AttributedModel",
        ];
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var slot = archive.Entries.Where(e => e.FullName.StartsWith(AnalyzerSlot, StringComparison.Ordinal)).ToList();
        var shipped = slot.Select(e => Path.GetFileNameWithoutExtension(e.Name)).ToHashSet(StringComparer.Ordinal);

        foreach (var entry in slot)
        {
            foreach (var (name, version) in References(entry))
            {
                Assert.True(
                    shipped.Contains(name) || hostProvided.Contains(name),
                    $"{entry.Name} references {name} {version}, which is neither in {AnalyzerSlot} nor provided by the compiler.");
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(version <= new Version(4, 8, 0, 0), $"{entry.Name} references {name} {version}: newer than the roslyn4.8 slot's compiler.");
                }
            }
        }

        // Only the code fixes may need Workspaces (the command-line compiler does not have it).
        Assert.DoesNotContain(
            References(slot.Single(e => e.Name == "Activepieces.Connections.Generators.dll")),
            reference => reference.Name.Contains("Workspaces", StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_library_ships_for_net8_and_net10_with_xml_docs()
    {
        var entries = Entries();

        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{framework}/Activepieces.Connections.dll", entries);
            Assert.Contains($"lib/{framework}/Activepieces.Connections.xml", entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.StartsWith("lib/net8.0/", StringComparison.Ordinal) && !e.StartsWith("lib/net10.0/", StringComparison.Ordinal));
    }

    [Fact]
    public void Props_are_in_buildTransitive_and_build_imports_them()
    {
        var entries = Entries();
        Assert.Contains("buildTransitive/Activepieces.Connections.props", entries);
        Assert.Contains("build/Activepieces.Connections.props", entries);

        var build = ReadEntry("build/Activepieces.Connections.props");
        Assert.Contains("../buildTransitive/Activepieces.Connections.props", build, StringComparison.Ordinal);
        var buildTransitive = ReadEntry("buildTransitive/Activepieces.Connections.props");
        Assert.Contains("APC900", buildTransitive, StringComparison.Ordinal);
        Assert.Contains("ActivepiecesIncludePieceMetadata", buildTransitive, StringComparison.Ordinal);
        Assert.Contains("<CompilerVisibleProperty Include=\"ActivepiecesExpectPieceMetadata\" />", buildTransitive, StringComparison.Ordinal);
        Assert.Contains("<_ActivepiecesMinimumCompilerVersion>4.8<", buildTransitive, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_diagnostic_help_page_ships_under_docs_diagnostics_as_in_the_repository()
    {
        var pagesDirectory = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics");
        var pages = Directory.GetFiles(pagesDirectory, "*.md").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList();
        var shipped = Entries().Where(e => e.StartsWith("docs/diagnostics/", StringComparison.Ordinal))
            .Select(e => e["docs/diagnostics/".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("APC001.md", pages);
        Assert.Contains("README.md", pages);
        Assert.Equal(pages, shipped);
        Assert.Equal(File.ReadAllText(Path.Combine(pagesDirectory, "APC022.md")), ReadEntry("docs/diagnostics/APC022.md"));
    }

    [Fact]
    public void Nuspec_declares_readme_licence_repository_and_no_dependency_on_the_analyzer_projects()
    {
        Assert.Contains("README.md", Entries());
        var nuspec = ReadEntry("Activepieces.Connections.nuspec");

        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\" url=\"https://github.com/", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Activepieces.Connections.Generators", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Activepieces.Connections.CodeFixes", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.SourceLink", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbol_package_holds_the_pdbs_of_both_frameworks()
    {
        Assert.True(File.Exists(package.SymbolPackagePath), package.Pack.Describe());
        using var symbols = ZipFile.OpenRead(package.SymbolPackagePath);
        var entries = symbols.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/net8.0/Activepieces.Connections.pdb", entries);
        Assert.Contains("lib/net10.0/Activepieces.Connections.pdb", entries);
    }

    private static List<(string Name, Version Version)> References(ZipArchiveEntry assembly)
    {
        using var stream = new MemoryStream();
        using (var entryStream = assembly.Open())
        {
            entryStream.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();
    }

    private List<string> Entries()
    {
        Assert.True(File.Exists(package.PackagePath), package.Pack.Describe());
        using var archive = ZipFile.OpenRead(package.PackagePath);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    private string ReadEntry(string name)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"The package has no {name}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
