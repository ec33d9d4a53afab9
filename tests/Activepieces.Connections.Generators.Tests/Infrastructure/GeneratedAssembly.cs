using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>
/// Emits a compilation (generated code included) and loads it into a collectible <see cref="AssemblyLoadContext"/>;
/// <c>Activepieces.Connections</c> resolves to the test's own copy, so generated types implement the real
/// <see cref="IConnectionValue"/>. Dispose to unload.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    /// <summary>The loaded assembly.</summary>
    public Assembly Assembly { get; }

    /// <summary>Emits and loads <paramref name="compilation"/>; fails the test on emit errors.</summary>
    public static GeneratedAssembly Load(Compilation compilation) => Load(Emit(compilation));

    /// <summary>Loads an assembly image into a new collectible context.</summary>
    public static GeneratedAssembly Load(byte[] image)
    {
        var context = new AssemblyLoadContext("generated-code", isCollectible: true);
        using var stream = new MemoryStream(image);
        return new GeneratedAssembly(context, context.LoadFromStream(stream));
    }

    /// <summary>Emits <paramref name="compilation"/> to an assembly image; fails the test on emit errors.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>Calls the public static parameterless method <paramref name="typeName"/>.<paramref name="methodName"/>.</summary>
    public object? InvokeStatic(string typeName, string methodName, params object?[] arguments) =>
        Assembly.GetType(typeName, throwOnError: true)!
            .GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, arguments);

    /// <summary>Reads the public static property or constant <paramref name="memberName"/> of <paramref name="typeName"/>.</summary>
    public object? GetStatic(string typeName, string memberName)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        return type.GetProperty(memberName, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? type.GetField(memberName, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
    }

    /// <inheritdoc/>
    public void Dispose() => _context.Unload();
}
