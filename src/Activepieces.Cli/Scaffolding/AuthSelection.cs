using System.Collections.Immutable;
using Activepieces.Cli.CommandLine;
using Activepieces.Metadata;

namespace Activepieces.Cli.Scaffolding;

/// <summary>The auth entry a record is scaffolded for, and the <see cref="AuthType"/> it is declared with.</summary>
/// <param name="Definition">The metadata entry.</param>
/// <param name="AuthType">
/// The record's auth type. An <c>OAUTH2</c> entry serves three connection types (<c>OAUTH2</c>, <c>CLOUD_OAUTH2</c>,
/// <c>PLATFORM_OAUTH2</c>): the metadata always says <c>OAUTH2</c>, the connection decides.
/// </param>
internal sealed record AuthSelection(PieceAuthDefinition Definition, AuthType AuthType)
{
    /// <summary>
    /// Picks the entry for <paramref name="requested"/> (a wire name such as <c>CUSTOM_AUTH</c>, any case), or the only
    /// entry when nothing was requested.
    /// </summary>
    /// <exception cref="CliException">No auth, several auths and no choice, or a choice the piece does not have; the message lists the choices.</exception>
    public static AuthSelection Select(string pieceName, ImmutableArray<PieceAuthDefinition> auths, string? requested)
    {
        var supported = auths.Where(a => AuthTypeExtensions.TryParseWireName(a.Type, out var t) && t != AuthType.NoAuth).ToList();
        if (supported.Count == 0)
        {
            throw new CliException(auths.Length == 0
                ? $"{pieceName} declares no auth: it needs no connection, so there is no record to scaffold."
                : $"{pieceName} declares no auth type a record can be scaffolded for ({string.Join(", ", auths.Select(a => a.Type))}).");
        }

        if (string.IsNullOrWhiteSpace(requested))
        {
            if (supported.Count > 1)
            {
                throw new CliException($"{pieceName} has {supported.Count} auths; choose one with --auth: {Choices(supported)}.");
            }

            var only = supported[0];
            AuthTypeExtensions.TryParseWireName(only.Type, out var onlyType);
            return new AuthSelection(only, onlyType);
        }

        var wire = requested.Trim().ToUpperInvariant();
        if (!AuthTypeExtensions.TryParseWireName(wire, out var authType) || authType == AuthType.NoAuth)
        {
            throw new CliException($"--auth {requested} is not an auth type; {pieceName} has: {Choices(supported)}.");
        }

        var metadataType = PieceMetadataTypes.ForAuthType(authType);
        var entry = supported.FirstOrDefault(a => a.Type == metadataType)
            ?? throw new CliException($"{pieceName} has no {wire} auth; it has: {Choices(supported)}.");
        return new AuthSelection(entry, authType);
    }

    private static string Choices(IEnumerable<PieceAuthDefinition> auths) =>
        string.Join(", ", auths.Select(a =>
        {
            var choice = a.Type == PieceMetadataTypes.OAuth2 ? "OAUTH2 (or CLOUD_OAUTH2, PLATFORM_OAUTH2)" : a.Type;
            return a.DisplayName is { Length: > 0 } name ? $"{choice} \"{name}\"" : choice;
        }));
}
