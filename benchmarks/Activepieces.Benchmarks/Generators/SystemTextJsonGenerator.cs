using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Activepieces.Benchmarks.Generators;

/// <summary>
/// The System.Text.Json source generator (the baseline of the generator benchmarks), loaded from the running .NET
/// SDK's targeting pack: <c>{dotnet}/packs/Microsoft.NETCore.App.Ref/{version}/analyzers/dotnet/cs/System.Text.Json.SourceGeneration.dll</c>,
/// the same generator every .NET 10 project gets. It resolves its Roslyn references to the
/// <c>Microsoft.CodeAnalysis</c> this process loaded.
/// </summary>
public static class SystemTextJsonGenerator
{
    private const string GeneratorTypeName = "System.Text.Json.SourceGeneration.JsonSourceGenerator";

    private static readonly Lazy<Assembly> Assembly = new(Load);

    /// <summary>The path the generator was loaded from.</summary>
    public static string Path => Assembly.Value.Location;

    /// <summary>A new instance of the generator.</summary>
    /// <returns>The generator.</returns>
    public static IIncrementalGenerator Create() =>
        (IIncrementalGenerator)(Activator.CreateInstance(Assembly.Value.GetType(GeneratorTypeName, throwOnError: true)!)
            ?? throw new InvalidOperationException($"Could not create {GeneratorTypeName}."));

    /// <summary>Finds the generator in the targeting pack of the running runtime (or the newest 10.0 pack).</summary>
    /// <returns>The path of <c>System.Text.Json.SourceGeneration.dll</c>.</returns>
    /// <exception cref="FileNotFoundException">No targeting pack has the generator.</exception>
    public static string Locate()
    {
        // {dotnet}/shared/Microsoft.NETCore.App/{version}/System.Private.CoreLib.dll → {dotnet}
        var runtimeDirectory = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = System.IO.Path.GetFullPath(System.IO.Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = System.IO.Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var runtimeVersion = System.IO.Path.GetFileName(runtimeDirectory);
        IEnumerable<string> candidates = Directory.Exists(packs)
            ? Directory.EnumerateDirectories(packs)
                .Where(directory => System.IO.Path.GetFileName(directory).StartsWith("10.0.", StringComparison.Ordinal))
                .OrderByDescending(directory => System.IO.Path.GetFileName(directory) == runtimeVersion)
                .ThenByDescending(directory => Version.TryParse(System.IO.Path.GetFileName(directory), out var version) ? version : new Version())
            : [];
        foreach (var pack in candidates)
        {
            var path = System.IO.Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"No System.Text.Json.SourceGeneration.dll under {packs}/10.0.*/analyzers/dotnet/cs.");
    }

    private static Assembly Load() => AssemblyLoadContext.Default.LoadFromAssemblyPath(Locate());
}
