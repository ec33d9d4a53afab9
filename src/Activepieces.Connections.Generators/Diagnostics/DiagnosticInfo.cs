using System.Collections.Generic;
using Activepieces.Connections.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Activepieces.Connections.Generators.Diagnostics;

/// <summary>
/// A diagnostic decided by the parser: its descriptor, where it belongs and its message arguments. Value-equatable
/// (the descriptors are static instances), so the analyzers can report it as is and drop repeats.
/// </summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Location">Where it belongs, or null for no source location.</param>
/// <param name="MessageArguments">The arguments of the descriptor's message format.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    /// <summary>Creates the info of a diagnostic at <paramref name="location"/>.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="location">Where it belongs.</param>
    /// <param name="messageArguments">The message arguments.</param>
    /// <returns>The info.</returns>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] messageArguments) =>
        new(descriptor, LocationInfo.From(location), new EquatableArray<string>(messageArguments));

    /// <summary>The diagnostic, located in one of <paramref name="trees"/>.</summary>
    /// <param name="trees">The trees the location may be in: the declarations of the analysed type.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic(IEnumerable<SyntaxTree> trees)
    {
        var arguments = new object[MessageArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = MessageArguments[i];
        }

        return Diagnostic.Create(Descriptor, Location?.ToLocation(trees) ?? Microsoft.CodeAnalysis.Location.None, arguments);
    }
}
