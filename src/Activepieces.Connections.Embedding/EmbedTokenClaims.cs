namespace Activepieces.Embedding;

/// <summary>
/// The v3 payload of an Activepieces embed token: who the user is, which project (by external id) they work in, and
/// which pieces the project shows. The server gets-or-creates the project whose <c>externalId</c> is
/// <see cref="ExternalProjectId"/>.
/// </summary>
/// <remarks>
/// <b>Every login overwrites the project's piece filter</b> with <see cref="PiecesFilterType"/> and
/// <see cref="PiecesTags"/> (omitted means <c>NONE</c>: every piece). A filter set through the projects API
/// (<c>plan.pieces</c>) is lost at the next login, so always put the filter you intend in the token.
/// </remarks>
public sealed record EmbedTokenClaims
{
    /// <summary>Your id of the user (<c>externalUserId</c>). Required.</summary>
    public required string ExternalUserId { get; init; }

    /// <summary>Your id of the customer org, used as the project's external id (<c>externalProjectId</c>). Required.</summary>
    public required string ExternalProjectId { get; init; }

    /// <summary>The user's first name (<c>firstName</c>). Required.</summary>
    public required string FirstName { get; init; }

    /// <summary>The user's last name (<c>lastName</c>). Required.</summary>
    public required string LastName { get; init; }

    /// <summary>The user's project role (<c>role</c>). Default: <see cref="EmbedUserRole.Editor"/>.</summary>
    public EmbedUserRole Role { get; init; } = EmbedUserRole.Editor;

    /// <summary>
    /// Which pieces the project shows (<c>piecesFilterType</c>). Each login sets the project's filter to this value;
    /// <see langword="null"/> omits the claim, which the server reads as <see cref="EmbedPiecesFilterType.None"/> (every
    /// piece), replacing any filter the project had.
    /// </summary>
    public EmbedPiecesFilterType? PiecesFilterType { get; init; }

    /// <summary>
    /// The piece tags the project shows when <see cref="PiecesFilterType"/> is <see cref="EmbedPiecesFilterType.Allowed"/>
    /// (<c>piecesTags</c>; required and non-empty then, and only allowed then). Each login replaces the project's tags.
    /// </summary>
    public IReadOnlyList<string>? PiecesTags { get; init; }

    /// <summary>
    /// The <c>projectDisplayName</c> claim. The server accepts it but does not read it: it neither names a new project
    /// (whose display name is the external id) nor renames an existing one. To set a display name, use the projects API
    /// (<c>Projects.GetOrCreateAsync(externalId, displayName)</c> or <c>Projects.UpdateAsync</c>).
    /// </summary>
    public string? ProjectDisplayName { get; init; }

    /// <summary>An optional concurrency pool key (<c>concurrencyPoolKey</c>).</summary>
    public string? ConcurrencyPoolKey { get; init; }

    /// <summary>An optional concurrency pool limit, a positive integer (<c>concurrencyPoolLimit</c>).</summary>
    public int? ConcurrencyPoolLimit { get; init; }
}
