namespace Activepieces.Emulator.Services.PieceSets;

/// <summary>A piece-set update (<c>POST /v1/piece-sets/:id</c>); null members are left unchanged.</summary>
internal sealed record PieceSetUpdate(
    string? Name,
    string? Key,
    string? PiecesMode,
    IReadOnlyList<string>? PiecesExceptions,
    string? ActionsJson,
    string? TriggersJson);
