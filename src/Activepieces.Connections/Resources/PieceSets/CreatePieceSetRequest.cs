namespace Activepieces;

/// <summary>The body of <c>POST /v1/piece-sets</c>: <c>{name, key?}</c>. A new set shows every piece.</summary>
public sealed class CreatePieceSetRequest
{
    /// <summary>The display name (not empty).</summary>
    public required string Name { get; init; }

    /// <summary>The key (not empty); <see langword="null"/> lets the server derive it from the name.</summary>
    public string? Key { get; init; }

    /// <summary>The name and key.</summary>
    /// <returns>E.g. <c>CreatePieceSetRequest { Name = Pro, Key = pro }</c>.</returns>
    public override string ToString() => $"CreatePieceSetRequest {{ Name = {Name}, Key = {Key} }}";
}
