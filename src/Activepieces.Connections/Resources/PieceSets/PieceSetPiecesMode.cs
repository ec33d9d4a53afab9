using System.ComponentModel;
using System.Text.Json.Serialization;
using Activepieces.Transport.Json;

namespace Activepieces;

/// <summary>
/// How a piece set's <c>pieces.mode</c> reads its exceptions: <see cref="IncludeAll"/>, <see cref="ExcludeAll"/>, or a
/// value a newer server added, which is kept as its wire string.
/// </summary>
[JsonConverter(typeof(WireValueConverter<PieceSetPiecesMode>))]
public readonly struct PieceSetPiecesMode : IEquatable<PieceSetPiecesMode>, IWireValue<PieceSetPiecesMode>
{
    private readonly string? _value;

    /// <summary>Creates a mode from its wire string.</summary>
    /// <param name="value">The wire string, e.g. <c>include_all</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public PieceSetPiecesMode(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>include_all</c>: every piece, except the exceptions.</summary>
    public static PieceSetPiecesMode IncludeAll { get; } = new("include_all");

    /// <summary><c>exclude_all</c>: no piece, except the exceptions.</summary>
    public static PieceSetPiecesMode ExcludeAll { get; } = new("exclude_all");

    string? IWireValue<PieceSetPiecesMode>.WireValue => _value;

    /// <summary>Compares two modes by their wire strings (ordinal).</summary>
    /// <param name="left">A mode.</param>
    /// <param name="right">Another mode.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(PieceSetPiecesMode left, PieceSetPiecesMode right) => left.Equals(right);

    /// <summary>Compares two modes by their wire strings (ordinal).</summary>
    /// <param name="left">A mode.</param>
    /// <param name="right">Another mode.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PieceSetPiecesMode left, PieceSetPiecesMode right) => !left.Equals(right);

    /// <summary>A mode from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator PieceSetPiecesMode(string value) => new(value);

    static PieceSetPiecesMode IWireValue<PieceSetPiecesMode>.FromWire(string wireValue) => new(wireValue);

    /// <inheritdoc/>
    public bool Equals(PieceSetPiecesMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is PieceSetPiecesMode other && Equals(other);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire string, e.g. <c>include_all</c>.</summary>
    /// <returns>The wire string; empty for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
