namespace Activepieces.Embedding;

/// <summary>
/// The payload of an Activepieces embed token: who the user is, which project (by external id) they work in, and
/// which piece set the project shows. The server gets-or-creates the project whose <c>externalId</c> is
/// <see cref="ExternalProjectId"/>.
/// </summary>
/// <remarks>
/// <b>Every login assigns the project a piece set</b>: the one keyed <see cref="PieceSet"/> (a v4 token); else, for a
/// v3 token with <see cref="EmbedPiecesFilterType.Allowed"/>, the one keyed by the single entry of
/// <see cref="PiecesTags"/>; otherwise, and for a key the platform does not have, the platform's default set. A set
/// assigned through the piece-set API is replaced at the next login, so always put the set you intend in the token.
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
    /// The key of the piece set the project shows (<c>pieceSet</c>); setting it mints a v4 token. It cannot be combined
    /// with <see cref="PiecesFilterType"/> or <see cref="PiecesTags"/>. <see langword="null"/> mints a v3 token.
    /// </summary>
    public string? PieceSet { get; init; }

    /// <summary>
    /// The legacy v3 piece filter (<c>piecesFilterType</c>). Each login sets the project's filter to this value;
    /// <see langword="null"/> omits the claim, which the server reads as <see cref="EmbedPiecesFilterType.None"/> (every
    /// piece), replacing any filter the project had.
    /// </summary>
    public EmbedPiecesFilterType? PiecesFilterType { get; init; }

    /// <summary>
    /// The piece tags the project shows when <see cref="PiecesFilterType"/> is <see cref="EmbedPiecesFilterType.Allowed"/>
    /// (<c>piecesTags</c>; required then, and only allowed then). The server reads the first tag as a piece set key, so
    /// exactly one tag is accepted; prefer <see cref="PieceSet"/>.
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
