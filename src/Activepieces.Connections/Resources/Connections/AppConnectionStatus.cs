using System.ComponentModel;
using System.Text.Json.Serialization;
using Activepieces.Transport.Json;

namespace Activepieces;

/// <summary>
/// The status of a connection (<c>AppConnectionStatus</c>): <see cref="Active"/>, <see cref="Missing"/>,
/// <see cref="Error"/>, or a value a newer server added, which is kept as its wire string.
/// </summary>
[JsonConverter(typeof(WireValueConverter<AppConnectionStatus>))]
public readonly struct AppConnectionStatus : IEquatable<AppConnectionStatus>, IWireValue<AppConnectionStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status from its wire string.</summary>
    /// <param name="value">The wire string, e.g. <c>ACTIVE</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AppConnectionStatus(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary><c>ACTIVE</c>: pieces can use the connection.</summary>
    public static AppConnectionStatus Active { get; } = new("ACTIVE");

    /// <summary><c>MISSING</c>: a placeholder without credentials.</summary>
    public static AppConnectionStatus Missing { get; } = new("MISSING");

    /// <summary><c>ERROR</c>: refreshing the credentials failed; the engine throws when a piece uses it.</summary>
    public static AppConnectionStatus Error { get; } = new("ERROR");

    /// <summary>Whether a piece can use a connection of this status: <see langword="false"/> for <c>MISSING</c> and <c>ERROR</c>.</summary>
    public bool IsUsable => !Equals(Missing) && !Equals(Error);

    string? IWireValue<AppConnectionStatus>.WireValue => _value;

    /// <summary>Compares two statuses by their wire strings (ordinal).</summary>
    /// <param name="left">A status.</param>
    /// <param name="right">Another status.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(AppConnectionStatus left, AppConnectionStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by their wire strings (ordinal).</summary>
    /// <param name="left">A status.</param>
    /// <param name="right">Another status.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AppConnectionStatus left, AppConnectionStatus right) => !left.Equals(right);

    /// <summary>A status from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator AppConnectionStatus(string value) => new(value);

    static AppConnectionStatus IWireValue<AppConnectionStatus>.FromWire(string wireValue) => new(wireValue);

    /// <inheritdoc/>
    public bool Equals(AppConnectionStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => obj is AppConnectionStatus other && Equals(other);

    /// <inheritdoc/>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The wire string, e.g. <c>ACTIVE</c>.</summary>
    /// <returns>The wire string; empty for the default value.</returns>
    public override string ToString() => _value ?? string.Empty;
}
