using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators;

/// <summary>
/// Completes every <c>partial</c> type marked with <c>[Activepieces.PieceAuth]</c>: the wire format
/// (<c>IConnectionValue</c>), the external-id convention, redaction and the typed client extension methods.
/// Reports no diagnostics: the analyzers in this assembly do.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PieceAuthGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
