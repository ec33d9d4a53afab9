namespace Activepieces.Embedding;

/// <summary>
/// The v3 payload of an Activepieces embed token: who the user is, which project (by external id) they work in, and
/// what they may see. The server gets-or-creates the project whose <c>externalId</c> is <see cref="ExternalProjectId"/>.
/// </summary>
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

    /// <summary>Which pieces are shown (<c>piecesFilterType</c>); omitted when <see langword="null"/>.</summary>
    public EmbedPiecesFilterType? PiecesFilterType { get; init; }

    /// <summary>The piece tags allowed when <see cref="PiecesFilterType"/> is <see cref="EmbedPiecesFilterType.Allowed"/> (<c>piecesTags</c>).</summary>
    public IReadOnlyList<string>? PiecesTags { get; init; }

    /// <summary>The project display name (<c>projectDisplayName</c>); the server renames the project to it.</summary>
    public string? ProjectDisplayName { get; init; }

    /// <summary>An optional concurrency pool key (<c>concurrencyPoolKey</c>).</summary>
    public string? ConcurrencyPoolKey { get; init; }

    /// <summary>An optional concurrency pool limit, a positive integer (<c>concurrencyPoolLimit</c>).</summary>
    public int? ConcurrencyPoolLimit { get; init; }
}
