using System.ComponentModel;
using System.Text.Json.Serialization;
using Activepieces.Transport.Json;

namespace Activepieces;

/// <summary>
/// How a piece set limits one piece's actions or triggers (<c>mode</c>): <see cref="All"/>, <see cref="Selected"/>, or
/// a value a newer server added, which is kept as its wire string.
/// </summary>
[JsonConverter(typeof(WireValueConverter<PieceSetSelectionMode>))]
public readonly struct PieceSetSelectionMode : IEquatable<PieceSetSelectionMode>, IWireValue<PieceSetSelectionMode>
{
    private readonly string? _value;

    /// <summary>Creates a mode from its wire string.</summary>
    /// <param name="value">The wire string, e.g. <c>all</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PieceSetSelectionMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>all</c>: every action (or trigger) of the piece.</summary>
    public static PieceSetSelectionMode All { get; } = new("all");

    /// <summary><c>selected</c>: only the names in <see cref="PieceSetSelection.Selected"/>.</summary>
    public static PieceSetSelectionMode Selected { get; } = new("selected");

    string? IWireValue<PieceSetSelectionMode>.WireValue => _value;

    /// <summary>Compares two modes by their wire strings (ordinal).</summary>
    /// <param name="left">A mode.</param>
    /// <param name="right">Another mode.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(PieceSetSelectionMode left, PieceSetSelectionMode right) => left.Equals(right);

    /// <summary>Compares two modes by their wire strings (ordinal).</summary>
    /// <param name="left">A mode.</param>
    /// <param name="right">Another mode.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PieceSetSelectionMode left, PieceSetSelectionMode right) => !left.Equals(right);

    /// <summary>A mode from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator PieceSetSelectionMode(string value) => new(value);

    static PieceSetSelectionMode IWireValue<PieceSetSelectionMode>.FromWire(string wireValue) => new(wireValue);

    /// <inheritdoc/>
    public bool Equals(PieceSetSelectionMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PieceSetSelectionMode other && Equals(other);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire string, e.g. <c>all</c>.</summary>
    /// <returns>The wire string; empty for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
