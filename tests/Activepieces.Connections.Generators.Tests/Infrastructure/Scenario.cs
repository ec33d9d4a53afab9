namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>One <c>[PieceAuth]</c> type used by the snapshot, compilation, caching and runtime tests.</summary>
/// <param name="Name">A short name (test display).</param>
/// <param name="Source">The user source.</param>
/// <param name="HintName">The hint name of the one generated file.</param>
/// <param name="MetadataName">The runtime type name, e.g. <c>Outer+Inner</c> for nested types.</param>
/// <param name="CreateExpression">A C# expression creating an instance with the test values.</param>
/// <param name="ExpectedValueJson">What <c>IConnectionValue.WriteValue</c> writes for that instance.</param>
/// <param name="ExpectedToString">What <c>ToString()</c> returns for that instance.</param>
/// <param name="Secrets">Secret values in the instance: never in <c>ToString()</c>.</param>
public sealed record Scenario(
    string Name,
    string Source,
    string HintName,
    string MetadataName,
    string CreateExpression,
    string ExpectedValueJson,
    string ExpectedToString,
    IReadOnlyList<string> Secrets)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
