namespace Activepieces.Connections.Generators;

/// <summary>The generator's identity, written into <c>[GeneratedCode]</c> attributes.</summary>
internal static class GeneratorInfo
{
    /// <summary>The tool name.</summary>
    public const string Name = "Activepieces.Connections.Generators";

    /// <summary>The tool version (the assembly version, e.g. <c>1.0.0.0</c>).</summary>
    public static readonly string Version = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
}
