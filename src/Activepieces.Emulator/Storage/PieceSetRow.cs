namespace Activepieces.Emulator.Storage;

/// <summary>A stored piece set (mutable; only touched inside an <see cref="EmulatorDatabase"/> transaction).</summary>
internal sealed class PieceSetRow
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; set; }

    public required string Name { get; set; }

    /// <summary>The key; written only through <see cref="PieceSetStore.SetKey"/>, which keeps its index.</summary>
    public required string Key { get; set; }

    public required bool IsDefault { get; init; }

    /// <summary><c>pieces.mode</c>: <c>include_all</c> or <c>exclude_all</c>.</summary>
    public required string PiecesMode { get; set; }

    /// <summary><c>pieces.exceptions</c>: the pieces the mode does not apply to.</summary>
    public required IReadOnlyList<string> PiecesExceptions { get; set; }

    /// <summary>The <c>actions</c> record as JSON (piece name → <c>{mode}</c>), or <see langword="null"/>.</summary>
    public required string? ActionsJson { get; set; }

    /// <summary>The <c>triggers</c> record as JSON, or <see langword="null"/>.</summary>
    public required string? TriggersJson { get; set; }

    /// <summary>A detached copy, safe to read outside the lock.</summary>
    public PieceSetRow Copy() => (PieceSetRow)MemberwiseClone();
}
