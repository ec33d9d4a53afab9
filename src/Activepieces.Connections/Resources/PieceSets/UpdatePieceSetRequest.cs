namespace Activepieces;

/// <summary>
/// The body of <c>POST /v1/piece-sets/:id</c>: <c>{name?, key?, pieces?, actions?, triggers?}</c>; null members are
/// left unchanged.
/// </summary>
public sealed class UpdatePieceSetRequest
{
    /// <summary>A new display name (not empty).</summary>
    public string? Name { get; init; }

    /// <summary>A new key (not empty), free on the platform.</summary>
    public string? Key { get; init; }

    /// <summary>The pieces the set shows.</summary>
    public PieceSetPieces? Pieces { get; init; }

    /// <summary>Per piece name, which of its actions the set shows.</summary>
    public IReadOnlyDictionary<string, PieceSetSelection>? Actions { get; init; }

    /// <summary>Per piece name, which of its triggers the set shows.</summary>
    public IReadOnlyDictionary<string, PieceSetSelection>? Triggers { get; init; }

    /// <summary>The members that are set.</summary>
    /// <returns>E.g. <c>UpdatePieceSetRequest { Name = Pro, Pieces = exclude_all except 2 }</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>(5);
        if (Name is not null)
        {
            parts.Add("Name = " + Name);
        }

        if (Key is not null)
        {
            parts.Add("Key = " + Key);
        }

        if (Pieces is not null)
        {
            parts.Add("Pieces = " + Pieces);
        }

        if (Actions is not null)
        {
            parts.Add("Actions = " + Actions.Count);
        }

        if (Triggers is not null)
        {
            parts.Add("Triggers = " + Triggers.Count);
        }

        return parts.Count == 0 ? "UpdatePieceSetRequest { }" : $"UpdatePieceSetRequest {{ {string.Join(", ", parts)} }}";
    }
}
