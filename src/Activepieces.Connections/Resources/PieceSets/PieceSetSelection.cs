namespace Activepieces;

/// <summary>Which actions (or triggers) of one piece a piece set shows: <c>{mode: 'all'}</c> or <c>{mode: 'selected', selected}</c>.</summary>
public sealed class PieceSetSelection
{
    /// <summary>Every action or trigger, or only <see cref="Selected"/>.</summary>
    public required PieceSetSelectionMode Mode { get; init; }

    /// <summary>The action or trigger names with <see cref="PieceSetSelectionMode.Selected"/>; otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<string>? Selected { get; init; }

    /// <summary>The mode and the number of selected names.</summary>
    /// <returns>E.g. <c>all</c> or <c>selected 3</c>.</returns>
    public override string ToString() => Selected is null ? Mode.ToString() : $"{Mode} {Selected.Count}";
}
