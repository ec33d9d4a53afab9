using Microsoft.CodeAnalysis.CSharp;

namespace Activepieces.CSharp;

/// <summary>
/// The rules of the <c>[PieceAuth]</c> arguments that the runtime does not need (they are C# rules): the generator
/// applies them to the attribute, and <c>pieces emit-ts</c> to the record's syntax, so both refuse the same arguments.
/// The piece-name, prefix and version rules are shared with <c>PredefinedConnectionDescriptor</c> as well:
/// <see cref="PieceNames"/>, <see cref="ExternalIdPrefixes"/>, <see cref="PieceVersions"/>.
/// </summary>
internal static class PieceAuthArgumentRules
{
    /// <summary>Whether <paramref name="displayName"/> has a non-white-space character.</summary>
    /// <param name="displayName">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidDisplayName(string? displayName)
    {
        if (displayName is null)
        {
            return false;
        }

        foreach (var c in displayName)
        {
            if (!char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="clientName"/> is a C# identifier (the stem of the generated method names).</summary>
    /// <param name="clientName">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidClientName(string? clientName) =>
        clientName is not null && SyntaxFacts.IsValidIdentifier(clientName);
}
