namespace Activepieces.Emulator.Inspection;

/// <summary>
/// A read-only snapshot of an app connection held by the emulator, global (<c>PLATFORM</c>) or project-scoped.
/// <see cref="ValueJson"/> holds the credential and never appears in <see cref="ToString"/>.
/// </summary>
public sealed class EmulatedConnection
{
    internal EmulatedConnection()
    {
    }

    /// <summary>The connection id (21-char ApId).</summary>
    public required string Id { get; init; }

    /// <summary>The external id (the name pieces use in <c>connections.get</c>).</summary>
    public required string ExternalId { get; init; }

    /// <summary>The display name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The <c>AppConnectionType</c>, e.g. <c>SECRET_TEXT</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The piece name, e.g. <c>@activepieces/piece-mysql</c>.</summary>
    public required string PieceName { get; init; }

    /// <summary>The piece version stored with the connection.</summary>
    public required string PieceVersion { get; init; }

    /// <summary><c>PLATFORM</c> (global connection) or <c>PROJECT</c>.</summary>
    public required string Scope { get; init; }

    /// <summary><c>ACTIVE</c>, <c>MISSING</c> or <c>ERROR</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The projects the connection is available in.</summary>
    public required IReadOnlyList<string> ProjectIds { get; init; }

    /// <summary>The stored <c>metadata</c> object as JSON text, or <see langword="null"/> (always null for global connections).</summary>
    public required string? MetadataJson { get; init; }

    /// <summary>Whether new projects get this connection pre-selected.</summary>
    public required bool PreSelectForNewProjects { get; init; }

    /// <summary>The owner's user id (the platform owner for API-key calls).</summary>
    public required string OwnerId { get; init; }

    /// <summary>When the connection was created.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>When the connection was last written.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>
    /// Whether a string of the value is a secret-manager reference <c>{{managerId|ap_sep_v1|path}}</c> (the response's
    /// <c>usingSecretManager</c>).
    /// </summary>
    public required bool UsingSecretManager { get; init; }

    /// <summary>Insertion order, the tie-breaker of list order.</summary>
    internal long Sequence { get; init; }

    /// <summary>
    /// SECRET. The stored connection value as JSON text: the request's <c>value</c> verbatim, or for OAuth types the
    /// claimed token value merged with the request's value (as the server stores it).
    /// </summary>
    public required string ValueJson { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Scope} connection {Id} externalId={ExternalId} piece={PieceName}@{PieceVersion} type={Type} projects=[{string.Join(",", ProjectIds)}]";
}
