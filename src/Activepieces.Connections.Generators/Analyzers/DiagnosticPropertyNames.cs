namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>The keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> the code fixes read.</summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>The prop key involved (APC011: the missing prop; APC012: the closest existing key).</summary>
    public const string PropKey = "PropKey";

    /// <summary>APC011: the C# type to declare for the missing prop, e.g. <c>string</c>.</summary>
    public const string MemberType = "MemberType";

    /// <summary>APC011: <c>true</c> when the missing prop is a secret (the new member gets <c>[Secret]</c>).</summary>
    public const string IsSecret = "IsSecret";
}
