namespace Activepieces.Connections.Generators;

/// <summary>
/// The generator's identity, written into <c>[GeneratedCode]</c> attributes, and its repository (<c>RepositoryUrl</c>,
/// generated at build time from the MSBuild property of the same name).
/// </summary>
internal static partial class GeneratorInfo
{
    /// <summary>The tool name.</summary>
    public const string Name = "Activepieces.Connections.Generators";

    /// <summary>The tool version (the assembly version, e.g. <c>1.0.0.0</c>).</summary>
    public static readonly string Version = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
}
