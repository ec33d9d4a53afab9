namespace Activepieces;

/// <summary>
/// A piece set (<c>ee/pieces/piece-set/</c>): the pieces, and optionally the actions and triggers, that the projects
/// assigned to it show. One set per platform is the default (<see cref="IsDefault"/>); a project without a set uses it.
/// </summary>
public sealed class PieceSet
{
    /// <summary>The set id (ApId).</summary>
    public required string Id { get; init; }

    /// <summary>When the set was created.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>When the set was last updated.</summary>
    public DateTimeOffset Updated { get; init; }

    /// <summary>The platform id.</summary>
    public string? PlatformId { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>The key, unique per platform: what an embed token's <c>pieceSet</c> claim names.</summary>
    public required string Key { get; init; }

    /// <summary>Whether this is the platform's default set (it cannot be deleted).</summary>
    public bool IsDefault { get; init; }

    /// <summary>Which pieces the set shows.</summary>
    public required PieceSetPieces Pieces { get; init; }

    /// <summary>Per piece name, which of its actions the set shows; <see langword="null"/> when not limited.</summary>
    public IReadOnlyDictionary<string, PieceSetSelection>? Actions { get; init; }

    /// <summary>Per piece name, which of its triggers the set shows; <see langword="null"/> when not limited.</summary>
    public IReadOnlyDictionary<string, PieceSetSelection>? Triggers { get; init; }

    /// <summary>The id, key, name, whether it is the default, and its pieces.</summary>
    /// <returns>E.g. <c>PieceSet { Id = ps_1, Key = pro, Name = Pro, IsDefault = False, Pieces = exclude_all except 2 }</c>.</returns>
    public override string ToString() =>
        $"PieceSet {{ Id = {Id}, Key = {Key}, Name = {Name}, IsDefault = {IsDefault}, Pieces = {Pieces} }}";
}
